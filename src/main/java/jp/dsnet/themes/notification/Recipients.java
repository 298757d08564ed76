package jp.dsnet.themes.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who is mailed about a task: its assignee, or else every member of its candidate groups and
 * every candidate user, each with the e-mail address of its Camunda user (users without one are
 * left out).
 */
@Component
public class Recipients {

  private final IdentityService identity;

  public Recipients(IdentityService identity) {
    this.identity = identity;
  }

  public Collection<String> of(TaskNotice task) {
    Set<String> addresses = new LinkedHashSet<>();
    if (task.assignee() != null) {
      add(addresses, identity.createUserQuery().userId(task.assignee()).singleResult());
      return addresses;
    }
    for (String group : task.candidateGroups()) {
      identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().forEach(u -> add(addresses, u));
    }
    for (String user : task.candidateUsers()) {
      add(addresses, identity.createUserQuery().userId(user).singleResult());
    }
    return addresses;
  }

  private static void add(Set<String> addresses, User user) {
    if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
      addresses.add(user.getEmail().trim());
    }
  }
}
