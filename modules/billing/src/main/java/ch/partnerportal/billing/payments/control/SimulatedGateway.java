package ch.partnerportal.billing.payments.control;

import ch.partnerportal.billing.api.BillingError;
import ch.partnerportal.kernel.Refusal;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The payment provider of this installation: a simulation (see the package description). It keeps
 * its idempotency records in memory, like a provider's own records they are outside the portal's
 * database; a restart forgets them, while the portal's ledger still refuses to book a key twice.
 */
@ApplicationScoped
public class SimulatedGateway implements PaymentGateway {

    private static final Map<String, Outcome> TEST_CARDS = Map.of(
            "4000000000000002", Outcome.DECLINED,
            "4000000000009995", Outcome.INSUFFICIENT_FUNDS);

    private final Map<String, Recorded> byKey = new ConcurrentHashMap<>();

    private record Recorded(Charge charge, Result result) {
    }

    @Override
    public Result charge(Charge charge) throws Refusal {
        String number = digits(charge.cardNumber());
        if (!luhnValid(number)) {
            throw new Refusal(BillingError.CARD_NUMBER_INVALID);
        }
        Recorded recorded = byKey.computeIfAbsent(charge.idempotencyKey(),
                key -> new Recorded(charge, decide(number)));
        if (!recorded.charge().amount().equals(charge.amount())
                || !digits(recorded.charge().cardNumber()).equals(number)) {
            throw new Refusal(BillingError.IDEMPOTENCY_KEY_REUSED);
        }
        return recorded.result();
    }

    private static Result decide(String number) {
        Outcome outcome = TEST_CARDS.getOrDefault(number, Outcome.APPROVED);
        String brand = number.startsWith("4") ? "Visa" : number.startsWith("5") ? "MasterCard" : "Card";
        return new Result(outcome, "sim_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20), brand,
                number.substring(number.length() - 4));
    }

    static String digits(String cardNumber) {
        return cardNumber == null ? "" : cardNumber.replace(" ", "").replace("-", "");
    }

    static boolean luhnValid(String number) {
        if (!number.matches("\\d{12,19}")) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = number.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
