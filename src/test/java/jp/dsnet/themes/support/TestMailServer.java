package jp.dsnet.themes.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jp.dsnet.themes.infra.app.AppProcess;

/**
 * One real SMTP server (GreenMail) per test JVM, on a port free when it starts, to which the REST
 * integration tests' application sends its task mails. One server for all, because all REST
 * integration tests share one application context (a second context in the JVM would register
 * a second engine named "default").
 */
public final class TestMailServer {

  private static GreenMail server;

  private TestMailServer() {
  }

  /** The running server, started at the first call. */
  public static synchronized GreenMail get() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(AppProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
    return server;
  }

  public static int port() {
    return get().getSmtp().getPort();
  }
}
