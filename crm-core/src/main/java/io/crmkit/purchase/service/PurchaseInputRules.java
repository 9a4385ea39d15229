package io.crmkit.purchase.service;

import io.crmkit.internal.session.SessionContext;
import io.crmkit.internal.validation.DecimalRules;
import io.crmkit.purchase.PurchaseLine;
import io.crmkit.shared.Money;
import io.crmkit.shared.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a purchase's amounts follow beyond their annotations: not negative, one currency
 * for amount, margin and line prices, and a rate from the host to convert into the
 * deployment's currency.
 */
final class PurchaseInputRules {
    private final SessionContext ctx;

    PurchaseInputRules(SessionContext ctx) {
        this.ctx = ctx;
    }

    Optional<Converted> convert(LocalDate on, Money amount, Optional<Money> margin, List<PurchaseLine> lines,
                                List<Violation> out) {
        int before = out.size();
        if (amount.amount().signum() < 0) {
            out.add(Violation.of("amount", "amount.negative"));
        }
        checkSize("amount", amount.amount(), out);
        Currency currency = amount.currency();
        margin.ifPresent(m -> {
            checkSize("margin", m.amount(), out);
            if (!m.currency().equals(currency)) {
                out.add(Violation.of("margin", "currency.mismatch", "currency", currency.getCurrencyCode()));
            }
        });
        for (int i = 0; i < lines.size(); i++) {
            PurchaseLine line = lines.get(i);
            if (!line.unitPrice().currency().equals(currency)) {
                out.add(Violation.of("lines[" + i + "].unitPrice", "currency.mismatch", "currency",
                        currency.getCurrencyCode()));
            }
            checkSize("lines[" + i + "].quantity", line.quantity(), out);
            checkSize("lines[" + i + "].unitPrice", line.unitPrice().amount(), out);
        }
        Currency base = ctx.configuration().locale().currency();
        BigDecimal rate = BigDecimal.ONE;
        if (!currency.equals(base)) {
            Optional<BigDecimal> found = ctx.exchangeRates().rate(currency, base, on);
            if (found.isEmpty() || found.get().signum() <= 0) {
                out.add(new Violation("amount.currency", "exchange_rate.missing", Map.of("from",
                        currency.getCurrencyCode(), "to", base.getCurrencyCode(), "date", on.toString())));
            } else {
                // Storage keeps 10 decimals; rounding here makes the stored rate the one used.
                rate = found.get().setScale(10, RoundingMode.HALF_UP);
            }
        }
        if (out.size() > before) {
            return Optional.empty();
        }
        BigDecimal r = rate;
        return Optional.of(new Converted(r, convert(amount, r, base), margin.map(m -> convert(m, r, base))));
    }

    private static Money convert(Money m, BigDecimal rate, Currency base) {
        int digits = Math.max(base.getDefaultFractionDigits(), 0);
        return new Money(m.amount().multiply(rate).setScale(digits, RoundingMode.HALF_UP), base);
    }

    private static void checkSize(String path, BigDecimal value, List<Violation> out) {
        DecimalRules.checkSize(path, value).ifPresent(out::add);
    }
}
