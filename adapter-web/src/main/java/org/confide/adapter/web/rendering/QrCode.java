package org.confide.adapter.web.rendering;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as SVG drawn on the server, for an authenticator app to scan: one path of dark modules
 * on a white square with the quiet zone around it, presentation attributes only (no style, no
 * script), and a title for screen readers. Nothing of the text it carries is written as text.
 */
public final class QrCode {

  private static final int QUIET_ZONE = 4;
  private static final int PIXELS = 232;

  private QrCode() {}

  /** The QR code of {@code text} as an SVG element labelled {@code title}. */
  public static String svg(String text, String title) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      0));
    } catch (WriterException e) {
      throw new IllegalArgumentException("too long for a QR code", e);
    }
    int size = matrix.getWidth() + 2 * QUIET_ZONE;
    var path = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          path.append('M')
              .append(x + QUIET_ZONE)
              .append(',')
              .append(y + QUIET_ZONE)
              .append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" width=\""
        + PIXELS
        + "\" height=\""
        + PIXELS
        + "\" role=\"img\" aria-labelledby=\"qr-code-title\" shape-rendering=\"crispEdges\">"
        + "<title id=\"qr-code-title\">"
        + TrendChart.escape(title)
        + "</title><rect width=\""
        + size
        + "\" height=\""
        + size
        + "\" fill=\"#ffffff\"/><path d=\""
        + path
        + "\" fill=\"#000000\"/></svg>";
  }
}
