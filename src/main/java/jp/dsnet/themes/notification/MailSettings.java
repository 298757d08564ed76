package jp.dsnet.themes.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code themes.mail.*}: what the task mails need besides Spring Boot's {@code spring.mail.*}
 * (the SMTP server; no mail at all while {@code spring.mail.host} is unset).
 *
 * @param tasklistUrl   Tasklist's address, for the link to the task
 * @param from          the sender
 * @param remindBefore  how long before a task's due date its reminder goes out
 * @param attempts      how often a mail is tried before it is given up (and logged)
 * @param retryDelay    the wait before the first retry; it doubles with each further retry
 */
@ConfigurationProperties("themes.mail")
public record MailSettings(
    @DefaultValue("http://localhost:8080/camunda/app/tasklist/default/") String tasklistUrl,
    @DefaultValue("themes@localhost") String from,
    @DefaultValue("P3D") Duration remindBefore,
    @DefaultValue("4") int attempts,
    @DefaultValue("PT30S") Duration retryDelay) {
}
