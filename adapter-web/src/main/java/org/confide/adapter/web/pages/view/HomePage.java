package org.confide.adapter.web.pages.view;

import org.confide.application.port.in.ReadServiceStatusUseCase.ServiceStatus;

/** The page {@code reporter/home.jte}. */
public record HomePage(Frame frame, ServiceStatus status, String notice) implements Page {

  @Override
  public String template() {
    return "reporter/home.jte";
  }
}
