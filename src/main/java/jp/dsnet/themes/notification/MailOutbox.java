package jp.dsnet.themes.notification;

import jakarta.annotation.PreDestroy;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import jp.dsnet.themes.notification.TaskMails.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends mails on a thread of its own, so a slow or absent mail server never holds a process back:
 * each recipient's mail is tried {@code themes.mail.attempts} times with a growing pause, and a
 * mail given up is logged. Disabled, sending nothing, while {@code spring.mail.host} is unset (no
 * {@link JavaMailSender} then).
 */
@Component
public class MailOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

  private final JavaMailSender sender;
  private final MailSettings settings;
  private final ScheduledExecutorService executor;

  public MailOutbox(ObjectProvider<JavaMailSender> sender, MailSettings settings) {
    this.sender = sender.getIfAvailable();
    this.settings = settings;
    this.executor = this.sender == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "task-mail");
      thread.setDaemon(true);
      return thread;
    });
  }

  public boolean enabled() {
    return sender != null;
  }

  /**
   * Queues a mail to the addresses that {@code recipients} finds when the mail's turn comes (the
   * look-up, too, runs on the mail thread); {@code onGivenUp} runs for an address given up.
   */
  public void send(Supplier<Collection<String>> recipients, Mail mail, Runnable onGivenUp) {
    if (!enabled()) {
      return;
    }
    executor.execute(() -> {
      Collection<String> addresses;
      try {
        addresses = recipients.get();
      } catch (RuntimeException e) {
        LOG.warn("Mail '{}' not sent: its recipients could not be found", mail.subject(), e);
        onGivenUp.run();
        return;
      }
      if (addresses.isEmpty()) {
        LOG.info("Mail '{}' has no recipient with an e-mail address", mail.subject());
      }
      addresses.forEach(to -> attempt(to, mail, 1, onGivenUp));
    });
  }

  private void attempt(String to, Mail mail, int attempt, Runnable onGivenUp) {
    try {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(settings.from());
      message.setTo(to);
      message.setSubject(mail.subject());
      message.setText(mail.body());
      sender.send(message);
      LOG.debug("Mail '{}' sent to {}", mail.subject(), to);
    } catch (MailException e) {
      if (attempt >= settings.attempts()) {
        LOG.error("Mail '{}' to {} given up after {} attempts: {}", mail.subject(), to, attempt, e.getMessage());
        onGivenUp.run();
        return;
      }
      long delay = settings.retryDelay().toMillis() << (attempt - 1);
      LOG.warn("Mail '{}' to {} failed (attempt {} of {}), retrying in {} ms: {}", mail.subject(), to, attempt,
          settings.attempts(), delay, e.getMessage());
      executor.schedule(() -> attempt(to, mail, attempt + 1, onGivenUp), delay, TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
