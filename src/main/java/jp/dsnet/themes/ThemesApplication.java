package jp.dsnet.themes;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The process application of the Drug Discovery Support Network (創薬支援ネットワーク): the models in
 * {@code processes/} and the forms in {@code forms/} are deployed by {@code META-INF/processes.xml}.
 */
@SpringBootApplication
@EnableProcessApplication("drug-discovery-themes")
public class ThemesApplication {

  public static void main(String[] args) {
    SpringApplication.run(ThemesApplication.class, args);
  }
}
