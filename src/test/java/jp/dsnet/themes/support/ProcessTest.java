package jp.dsnet.themes.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process test: the real application context (delegates, checks, the deployed processes/,
 * forms/) on an in-memory H2 with the job executor off and a mock servlet environment; one context is shared by all process
 * tests. Extend {@link ProcessTestSupport} for camunda-bpm-assert and helpers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"process-test"})
public @interface ProcessTest {
}
