package jp.dsnet.themes.notification;

import java.util.Date;
import java.util.List;

/** What a mail about a task says and whom it goes to, read from the task while it is created or found. */
public record TaskNotice(String taskId, String taskName, String themeId, String themeTitle, String assignee,
                         List<String> candidateGroups, List<String> candidateUsers, Date dueDate) {
}
