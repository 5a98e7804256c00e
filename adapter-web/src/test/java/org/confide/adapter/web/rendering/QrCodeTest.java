package org.confide.adapter.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeTest {

  private static final String LINK =
      "otpauth://totp/Confide:ada%40example.ac.uk?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
          + "&issuer=Confide&algorithm=SHA1&digits=6&period=30";

  @Test
  void the_svg_scans_back_to_the_link_it_was_drawn_from() throws Exception {
    var svg = QrCode.svg(LINK, "QR code");

    assertThat(scan(svg)).isEqualTo(LINK);
  }

  @Test
  void the_svg_has_a_title_and_no_style_script_or_text_of_the_link() {
    var svg = QrCode.svg(LINK, "Scan <this> with your app");

    assertThat(svg)
        .contains("role=\"img\"")
        .contains("<title id=\"qr-code-title\">Scan &lt;this&gt; with your app</title>")
        .doesNotContain("style")
        .doesNotContain("script")
        .doesNotContain("GEZDGNBV")
        .doesNotContain("otpauth");
  }

  /** Draws the SVG's modules four pixels each, as a camera would see them, and reads the code. */
  private static String scan(String svg) throws Exception {
    var size = Integer.parseInt(svg.replaceFirst("(?s).*viewBox=\"0 0 (\\d+) \\d+\".*", "$1"));
    int scale = 4;
    int width = size * scale;
    var pixels = new int[width * width];
    java.util.Arrays.fill(pixels, 0xFFFFFF);
    var module = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
    while (module.find()) {
      int x = Integer.parseInt(module.group(1));
      int y = Integer.parseInt(module.group(2));
      for (int dy = 0; dy < scale; dy++) {
        for (int dx = 0; dx < scale; dx++) {
          pixels[(y * scale + dy) * width + x * scale + dx] = 0x000000;
        }
      }
    }
    var bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, width, pixels)));
    return new QRCodeReader().decode(bitmap).getText();
  }
}
