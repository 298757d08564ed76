package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;
import static org.assertj.core.api.Assertions.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.validation.FormCatalog;
import jp.dsnet.themes.validation.FormRules;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.Inputs;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plain rules of the licensee solicitation, without an engine. */
class SolicitationRulesTest {

  private static final Instant NOW = Instant.parse("2027-06-01T00:00:00Z");

  private static Inputs inputs(Object... pairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return new Inputs(values, NOW);
  }

  @Test
  @DisplayName("LS-1: a company is the same company whatever its spacing or case")
  void companies() {
    List<String> applicants = Companies.read("[\"Kansai Pharma\",\"Tohoku Biotech\"]");
    assertThat(Companies.find(applicants, "  KANSAI   pharma")).contains("Kansai Pharma");
    assertThat(Companies.find(applicants, "Kansai")).isEmpty();
    assertThat(Companies.read(null)).isEmpty();
    assertThat(Companies.toJson(applicants)).isEqualTo("[\"Kansai Pharma\",\"Tohoku Biotech\"]");
  }

  @Test
  @DisplayName("LS-2: the highest amount wins; on a tie the earlier bid, then the lower sequence")
  void bidRanking() {
    Instant t0 = Instant.parse("2027-06-01T00:00:00Z");
    SealedBids.Bid early = new SealedBids.Bid(7, "A", 100, "a", t0);
    SealedBids.Bid late = new SealedBids.Bid(3, "B", 100, "b", t0.plusSeconds(1));
    SealedBids.Bid sameInstant = new SealedBids.Bid(9, "C", 100, "c", t0);
    SealedBids.Bid low = new SealedBids.Bid(1, "D", 99, "d", t0.minusSeconds(60));
    assertThat(BidRanking.winner(List.of(late, low, sameInstant, early))).contains(early);
    assertThat(BidRanking.winner(List.of(low, new SealedBids.Bid(2, "E", 101, "e", t0.plusSeconds(99))))).get()
        .extracting(SealedBids.Bid::bidderCompany).isEqualTo("E");
    assertThat(BidRanking.winner(List.of())).isEmpty();
  }

  @Test
  @DisplayName("LS-2: a bid needs the deadline ahead, an applicant, an amount > 0 and terms")
  void bidSubmittedCheck() {
    BidSubmittedCheck check = new BidSubmittedCheck();
    Object[] valid = {BID_DEADLINE, "2027-06-10T17:00+09:00", APPLICANTS, "[\"Kansai Pharma\"]", BIDDER_COMPANY, "Kansai Pharma",
        BID_AMOUNT, 5L, BID_TERMS, "t"};
    assertThatCode(() -> check.check(inputs(valid))).doesNotThrowAnyException();
    assertThatThrownBy(() -> check.check(inputs(BID_DEADLINE, "2027-05-31T17:00+09:00", APPLICANTS, "[\"Kansai Pharma\"]",
        BIDDER_COMPANY, "Kansai Pharma", BID_AMOUNT, 5L, BID_TERMS, "t"))).extracting("variable").isEqualTo(BID_DEADLINE);
    assertThatThrownBy(() -> check.check(inputs(BID_DEADLINE, "2027-06-10T17:00+09:00", APPLICANTS, "[\"Kansai Pharma\"]",
        BIDDER_COMPANY, "Kansai Pharma", BID_AMOUNT, "lots", BID_TERMS, "t"))).extracting("variable").isEqualTo(BID_AMOUNT);
  }

  @Test
  @DisplayName("LS-2: the history filter drops the sealed variables' events and passes everything else on")
  void historyFilter_dropsSealedVariables() {
    List<HistoryEvent> passed = new java.util.ArrayList<>();
    HistoryEventHandler next = new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        passed.add(event);
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        passed.addAll(events);
      }
    };
    var filter = new SealedBidHistoryPlugin.Filter(next, SEALED_VARIABLES);
    HistoricVariableUpdateEventEntity amount = variableEvent(BID_AMOUNT);
    HistoricVariableUpdateEventEntity selected = variableEvent(SELECTED_LICENSEE);
    HistoryEvent other = new HistoryEvent();

    filter.handleEvent(amount);
    filter.handleEvent(selected);
    filter.handleEvents(List.of(variableEvent(BID_TERMS), other, variableEvent(BIDDER_COMPANY)));
    assertThat(passed).containsExactly(selected, other);
  }

  @Test
  @DisplayName("LS-5: the fields of the shares' dynamic list are per item, not variables: the form rules leave them to the check")
  void sharesForm_listItemsAreNotVariables() {
    FormRules rules = new FormCatalog().find("allocate-contribution-shares").orElseThrow();
    assertThat(rules.fields()).extracting(FormRules.Field::key).doesNotContain("institution", "sharePercent", CONTRIBUTION_SHARES);
    assertThatCode(() -> rules.validate(inputs(CONTRIBUTION_SHARES, "[]"))).doesNotThrowAnyException();
  }

  private static HistoricVariableUpdateEventEntity variableEvent(String name) {
    HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
    event.setVariableName(name);
    return event;
  }
}
