package io.veil.recognize.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.recognize.OverlapResolver;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AllowListResolverTest {

    private static Finding finding(Category c, String value, int start) {
        return Finding.inText(c, value, 1, new TextSpan(start, start + value.length()), "test", Explanation.of("t", 0.9), Map.of());
    }

    private final AllowListResolver resolver = new AllowListResolver(List.of(
            AllowRule.literal("Support@Example.com", null),
            AllowRule.regex(Pattern.compile("\\+44 20 7946 0\\d{3}"), Category.PHONE_NUMBER)), new OverlapResolver());

    @Test
    void allowedValuesAreNotReportedWhateverTheirCase() {
        List<Finding> out = resolver.resolve(List.of(finding(Category.EMAIL_ADDRESS, "support@example.com", 0),
                finding(Category.EMAIL_ADDRESS, "jane@example.com", 40)));
        assertThat(out).extracting(Finding::value).containsExactly("jane@example.com");
    }

    @Test
    void aRegexRuleAllowsOnlyWholeValuesOfItsCategory() {
        List<Finding> out = resolver.resolve(List.of(finding(Category.PHONE_NUMBER, "+44 20 7946 0123", 0),
                finding(Category.PHONE_NUMBER, "+44 20 7946 01234", 30),
                finding(Category.NATIONAL_ID, "+44 20 7946 0123", 60)));
        assertThat(out).extracting(Finding::value).containsExactly("+44 20 7946 01234", "+44 20 7946 0123");
        assertThat(out).extracting(Finding::category).containsExactly(Category.PHONE_NUMBER, Category.NATIONAL_ID);
    }

    @Test
    void withoutRulesTheInnerResolverDecidesAlone() {
        Finding f = finding(Category.EMAIL_ADDRESS, "support@example.com", 0);
        assertThat(new AllowListResolver(List.of(), new OverlapResolver()).resolve(List.of(f))).containsExactly(f);
    }
}
