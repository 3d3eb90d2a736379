using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using AiRace.Analyzers.CodeFixes;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.UnknownCurrencyCodeRule>;

using Fix = AiRace.Analyzers.CodeFixes.UnknownCurrencyCodeCodeFixProvider;

namespace AiRace.Analyzers.Tests;

public class UnknownCurrencyCodeRuleTests
{
    [Fact]
    public Task Aliases_lower_case_and_withdrawn_codes_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Currency.FromCode({|AIR0003:"RMB"|});
                var b = Money.Of(1m, {|AIR0003:"usd"|});
                var c = Currency.Parse({|AIR0003:"HRK"|}, null);
                var d = Currency.TryFromCode({|AIR0003:"XYZ"|}, out _);
            }
        }
        """);

    [Fact]
    public Task A_code_with_a_bidirectional_override_is_quoted_with_the_override_shown_by_its_code_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Currency.FromCode({|#0:"US\u202ED"|});
                var b = Currency.FromCode({|#1:"\u200FCNY"|});
            }
        }
        """,
        new DiagnosticResult(Descriptors.UnknownCurrencyCode).WithLocation(0).WithArguments("US<U+202E>D", string.Empty),
        new DiagnosticResult(Descriptors.UnknownCurrencyCode).WithLocation(1).WithArguments("<U+200F>CNY", string.Empty));

    [Fact]
    public Task A_long_text_is_quoted_in_part_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Currency.FromCode({|#0:"The currency of the People's Republic of China, the renminbi"|});
            }
        }
        """,
        new DiagnosticResult(Descriptors.UnknownCurrencyCode).WithLocation(0).WithArguments("The currency of the People's Republic of…", string.Empty));

    [Fact]
    public Task Constant_fields_and_locals_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            private const string Yuan = "yuan";
            void M()
            {
                const string euro = "euro";
                var a = Currency.FromCode({|AIR0003:Yuan|});
                var b = Money.Of(2m, {|AIR0003:euro|});
            }
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_Reports() => Verify.Diagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(decimal[] amounts)
            {
                Func<decimal, Money> f = a => Money.Of(a, {|AIR0003:"US$"|});
                var q = from a in amounts select Money.Of(a, {|AIR0003:"dollars"|});
                Currency Local() => Currency.FromCode({|AIR0003:"CNH"|});
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        var pounds = Money.Of(1m, {|AIR0003:"sterling"|});
        var hk = Currency.FromCode({|AIR0003:"HK$"|});
        System.Console.WriteLine(Currency.FromCode({|AIR0003:"NT$"|}));
        """);

    [Fact]
    public Task Records_generics_null_conditional_and_patterns_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        record Grant(decimal Value)
        {
            public Money Total => Money.Of(Value, {|AIR0003:"renminbi"|});
        }
        class Box<T>
        {
            public Money? Make(Grant? g, object o) => o is string ? Money.Of(g?.Value ?? 0m, {|AIR0003:"yen"|}) : null;
        }
        """);

    [Fact]
    public Task Active_codes_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Currency.FromCode("CNY");
                var b = Money.Of(1m, "USD");
                var c = Currency.Parse("XCG", null);
                var d = Currency.TryFromCode("XAU", out _);
                var e = Money.Of(1m, "SLE");
            }
        }
        """);

    [Fact]
    public Task Codes_known_only_at_run_time_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M(string code, string? maybe)
            {
                var a = Currency.FromCode(code);
                var b = Money.Of(1m, maybe ?? code);
                var c = Currency.TryFromCode(maybe, out _);
            }
        }
        """);

    [Fact]
    public Task Strings_that_are_not_currency_codes_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Linq;
        using AiRace.Core;
        record Label(string Text);
        class C<T>
        {
            void M()
            {
                var label = new Label("RMB");
                string s = "yuan".ToUpperInvariant();
                var q = from w in new[] { "dollar" } select w.Length;
                System.Func<string, int> f = x => x.Length;
            }
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_with_active_codes_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(decimal[] amounts)
            {
                Func<decimal, Money> f = a => Money.Of(a, "USD");
                var q = from a in amounts select Money.Of(a, "EUR");
                Currency Local() => Currency.FromCode("JPY");
            }
        }
        """);

    [Fact]
    public Task Top_level_patterns_and_null_conditional_with_active_codes_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        string? input = System.Environment.GetEnvironmentVariable("CURRENCY");
        var c = input is { Length: 3 } ? Currency.FromCode(input) : Currency.FromCode("GBP");
        System.Console.WriteLine(input?.Length ?? Money.Of(1m, "HKD").Amount.GetHashCode());
        """);

    [Fact]
    public Task Alias_becomes_iso_code_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            Currency M() => Currency.FromCode({|AIR0003:"RMB"|});
        }
        """, """
        using AiRace.Core;
        class C
        {
            Currency M() => Currency.FromCode("CNY");
        }
        """);

    [Fact]
    public Task Aliases_and_lower_case_codes_FixAll() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Money.Of(1m, {|AIR0003:"usd"|});
                var b = Money.Of(1m, {|AIR0003:"US$"|});
                var c = Currency.FromCode({|AIR0003:"euro"|});
                var d = Currency.FromCode({|AIR0003:"NT$"|});
                var e = Currency.FromCode({|AIR0003:"pound"|});
            }
        }
        """, """
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Money.Of(1m, "USD");
                var b = Money.Of(1m, "USD");
                var c = Currency.FromCode("EUR");
                var d = Currency.FromCode("TWD");
                var e = Currency.FromCode("GBP");
            }
        }
        """);

    [Fact]
    public Task Unknown_code_without_alias_has_no_fix_DoesNotReport_a_fix() => Verify.NoFix<Fix>("""
        using AiRace.Core;
        class C
        {
            private const string Bad = "RMB";
            void M()
            {
                var a = Currency.FromCode({|AIR0003:"XYZ"|});
                var b = Currency.FromCode({|AIR0003:Bad|});
            }
        }
        """);

    [Fact]
    public Task Alias_codes_in_parse_text_switch_arms_and_locals_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M(string region, bool mainland)
            {
                var a = Money.Parse({|AIR0003:"RMB 1,000"|});
                var ok = Money.TryParse({|AIR0003:"rmb 5"|}, out var b);
                var c = Currency.FromCode(region switch { "cn" => {|AIR0003:"RMB"|}, "us" => "USD", _ => {|AIR0003:"EURO"|} });
                var d = Money.Of(1m, mainland ? {|AIR0003:"Yuan"|} : "HKD");
                var code = "NTD";
                var e = Currency.FromCode({|AIR0003:code|});
                var f = Money.Of(2m, {|AIR0003:code|});
            }
        }
        """);

    [Fact]
    public Task Active_codes_in_parse_text_and_switch_arms_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M(string region, string input, bool flag)
            {
                var a = Money.Parse("CNY 1,000,000,000.00");
                var b = Money.Parse(input);
                var c = Currency.FromCode(region switch { "cn" => "CNY", "tw" => "TWD", _ => region });
                var code = flag ? "USD" : "EUR";
                var d = Currency.FromCode(code);
                var e = Money.Parse("-5");
            }
        }
        """);

    [Fact]
    public Task Parse_text_keeps_its_amount_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            Money M() => Money.Parse({|AIR0003:"RMB 1,000"|});
        }
        """, """
        using AiRace.Core;
        class C
        {
            Money M() => Money.Parse("CNY 1,000");
        }
        """);

    [Fact]
    public Task IsActiveCode_is_a_check_not_a_code_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Validation
        {
            bool KunaGone() => !Currency.IsActiveCode("HRK");
            bool LowerRejected() => !Currency.IsActiveCode("usd");
        }
        """);

    [Fact]
    public Task Switch_arms_FixAll() => Verify.Fix<UnknownCurrencyCodeCodeFixProvider>("""
        using AiRace.Core;
        class Regions
        {
            Currency For(string region) => Currency.FromCode(region switch { "cn" => {|AIR0003:"RMB"|}, "jp" => {|AIR0003:"yen"|}, _ => "USD" });
        }
        """, """
        using AiRace.Core;
        class Regions
        {
            Currency For(string region) => Currency.FromCode(region switch { "cn" => "CNY", "jp" => "JPY", _ => "USD" });
        }
        """);

    [Fact]
    public Task Money_parse_lower_case_code_Fix() => Verify.Fix<UnknownCurrencyCodeCodeFixProvider>("""
        using AiRace.Core;
        class Seed
        {
            Money Opening() => Money.Parse({|AIR0003:"usd 1,250.00"|});
        }
        """, """
        using AiRace.Core;
        class Seed
        {
            Money Opening() => Money.Parse("USD 1,250.00");
        }
        """);

    [Fact]
    public Task Coalesce_ternary_local_and_try_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed record Settings(string? Code, bool Offshore);
        class Config
        {
            Currency A(Settings s) => Currency.FromCode(s.Code ?? {|AIR0003:"rmb"|});
            Currency B(Settings s)
            {
                var code = s.Offshore ? "CNH" : "CNY";
                return Currency.FromCode({|AIR0003:code|});
            }
            bool C() => Currency.TryFromCode({|AIR0003:"HRK"|}, out var kuna) && kuna.Code.Length == 3;
        }
        """);

    [Fact]
    public Task Top_level_named_currency_code_Fix() => Verify.Fix<UnknownCurrencyCodeCodeFixProvider>("""
        using AiRace.Core;
        var fee = Money.Of(5m, currencyCode: {|AIR0003:"Euro"|});
        System.Console.WriteLine(fee);
        """, """
        using AiRace.Core;
        var fee = Money.Of(5m, currencyCode: "EUR");
        System.Console.WriteLine(fee);
        """);

    [Fact]
    public Task Text_that_is_not_a_code_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class Display
        {
            string A(Money m) => m.ToString("N2");
            bool B(string code) => string.Equals(code, "rmb", StringComparison.OrdinalIgnoreCase);
            Money C(decimal amount, string userCode) => Money.Of(amount, userCode);
        }
        """);

    [Fact]
    public Task Parse_text_through_a_local_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Seed
        {
            Money M()
            {
                var text = "RMB 1,000";
                return Money.Parse({|AIR0003:text|});
            }
        }
        """);

    [Fact]
    public Task Currency_parse_and_tryparse_Fix() => Verify.Fix<UnknownCurrencyCodeCodeFixProvider>("""
        using System.Globalization;
        using AiRace.Core;
        class Codes
        {
            Currency A() => Currency.Parse({|AIR0003:"usd"|}, CultureInfo.InvariantCulture);
            bool B(out Currency c) => Currency.TryParse({|AIR0003:"rmb"|}, null, out c);
            Currency C() => Currency.FromCode(code: {|AIR0003:@"eur"|});
            Money D() => Money.Of(currencyCode: {|AIR0003:"yen"|}, amount: 5m);
        }
        """, """
        using System.Globalization;
        using AiRace.Core;
        class Codes
        {
            Currency A() => Currency.Parse("USD", CultureInfo.InvariantCulture);
            bool B(out Currency c) => Currency.TryParse("CNY", null, out c);
            Currency C() => Currency.FromCode(code: "EUR");
            Money D() => Money.Of(currencyCode: "JPY", amount: 5m);
        }
        """);

    [Fact]
    public Task Conditional_and_switch_arms_FixAll() => Verify.Fix<UnknownCurrencyCodeCodeFixProvider>("""
        using AiRace.Core;
        class Codes
        {
            Currency A(bool cn) => Currency.FromCode(cn ? {|AIR0003:"rmb"|} : {|AIR0003:"usd"|});
            Currency B(string r, bool offshore) => Currency.FromCode(r switch { "cn" when offshore => {|AIR0003:"CNH"|}, "cn" => "CNY", "hk" => {|AIR0003:"HK$"|}, _ => "USD" });
        }
        """, """
        using AiRace.Core;
        class Codes
        {
            Currency A(bool cn) => Currency.FromCode(cn ? "CNY" : "USD");
            Currency B(string r, bool offshore) => Currency.FromCode(r switch { "cn" when offshore => "CNY", "cn" => "CNY", "hk" => "HKD", _ => "USD" });
        }
        """);

    [Fact]
    public Task Money_parse_text_Fix() => Verify.Fix<UnknownCurrencyCodeCodeFixProvider>("""
        using AiRace.Core;
        class Codes
        {
            Money A() => Money.Parse({|AIR0003:"rmb 1,000"|});
            Money B() => Money.Parse({|AIR0003:"US$ 2.50"|});
            bool C(out Money m) => Money.TryParse({|AIR0003:"Eur 5"|}, out m);
        }
        """, """
        using AiRace.Core;
        class Codes
        {
            Money A() => Money.Parse("CNY 1,000");
            Money B() => Money.Parse("USD 2.50");
            bool C(out Money m) => Money.TryParse("EUR 5", out m);
        }
        """);

    [Fact]
    public Task Raw_string_literal_Fix() => Verify.Fix<UnknownCurrencyCodeCodeFixProvider>(""""
        using AiRace.Core;
        class Codes
        {
            Currency A() => Currency.FromCode({|AIR0003:"""rmb"""|});
        }
        """", """
        using AiRace.Core;
        class Codes
        {
            Currency A() => Currency.FromCode("CNY");
        }
        """);

    [Fact]
    public Task Through_constants_and_locals_Reports_without_fix() => Verify.NoFix<UnknownCurrencyCodeCodeFixProvider>("""
        using AiRace.Core;
        class Codes
        {
            const string Home = "rmb";
            Currency A() => Currency.FromCode({|AIR0003:Home|});
            Currency B()
            {
                var code = "usd";
                return Currency.FromCode({|AIR0003:code|});
            }

            Currency C() => Currency.FromCode({|AIR0003:"R" + "MB"|});
        }
        """);

    [Fact]
    public Task Local_written_later_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Codes
        {
            Currency A(Dictionary<string, string> map, string region)
            {
                string? code = "N/A";
                map.TryGetValue(region, out code);
                return Currency.FromCode(code!);
            }

            Currency B(string region)
            {
                string code = "TBD";
                Action pick = () => code = region.ToUpperInvariant();
                pick();
                return Currency.FromCode(code);
            }

            Currency C(string input)
            {
                var code = "usd";
                return Currency.FromCode(code.ToUpperInvariant());
            }

            Currency D(string? configured) => Currency.FromCode(configured ?? "XXX");
            string E(Money m) => m.ToString("C") + Currency.USD.Code;
            bool F() => Currency.IsActiveCode("HRK");
        }
        """);

    [Fact]
    public Task Withdrawn_and_lowercase_through_arms_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Codes
        {
            Currency A(int year) => Currency.FromCode(year < 2023 ? {|AIR0003:"HRK"|} : "EUR");
            Currency B(string? x) => Currency.FromCode(x ?? {|AIR0003:"usd"|});
            bool C(out Currency c) => Currency.TryFromCode({|AIR0003:"SLL"|}, out c);
        }
        """);

    [Fact]
    public Task Top_level_local_function_capture_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        var code = "rmb";
        Currency Home() => Currency.FromCode({|AIR0003:code|});
        System.Console.WriteLine(Home());
        """);

    [Fact]
    public Task Switch_statement_written_in_sections_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Codes
        {
            Currency Of(string region)
            {
                string code = "RMB";
                switch (region)
                {
                    case "cn":
                        code = "CNY";
                        break;
                    case "us":
                        code = "USD";
                        break;
                }

                return Currency.FromCode(code);
            }
        }
        """);

    [Fact]
    public Task Trailing_space_and_mixed_case_Fix() => Verify.Fix<UnknownCurrencyCodeCodeFixProvider>("""
        using AiRace.Core;
        class Codes
        {
            Currency A() => Currency.FromCode({|AIR0003:"CNY "|});
            Currency B() => Currency.FromCode({|AIR0003:"Usd"|});
            Currency C() => Currency.FromCode({|AIR0003:"Renminbi"|});
        }
        """, """
        using AiRace.Core;
        class Codes
        {
            Currency A() => Currency.FromCode("CNY");
            Currency B() => Currency.FromCode("USD");
            Currency C() => Currency.FromCode("CNY");
        }
        """);

    [Fact]
    public Task Codes_of_currency_annotations_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed class MinistryRow
        {
            [Currency({|AIR0003:"RMB"|})] public Money Allocation { get; set; }
            [return: Currency({|AIR0003:"usd"|})]
            public Money Converted([Currency({|AIR0003:"EURO"|})] Money source) => source;
            private const string Yuan = "RMB";
            [Currency({|AIR0003:Yuan|})] public Money Reserve { get; init; }
        }
        public sealed record Grant(string Name, [Currency({|AIR0003:"HRK"|})] Money Amount);
        """);

    [Fact]
    public Task Codes_of_currency_annotations_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        public sealed class MinistryRow
        {
            private const string Yuan = "CNY";
            [Currency("CNY")] public Money Allocation { get; set; }
            [return: Currency("USD")]
            public Money Converted([Currency("EUR")] Money source) => source;
            [Currency(Yuan)] public Money Reserve { get; init; }
            [System.Obsolete("RMB is the old name")] public Money Legacy { get; set; }
        }
        """);

    [Fact]
    public Task Code_of_a_currency_annotation_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        public sealed class MinistryRow
        {
            [Currency({|AIR0003:"RMB"|})] public Money Allocation { get; set; }
            [Currency({|AIR0003:"usd"|})] public Money Paid { get; set; }
        }
        """, """
        using AiRace.Core;
        public sealed class MinistryRow
        {
            [Currency("CNY")] public Money Allocation { get; set; }
            [Currency("USD")] public Money Paid { get; set; }
        }
        """);


    [Fact]
    public Task Constant_interpolated_code_Reports() => Verify<UnknownCurrencyCodeRule>.Diagnostics("""
        using AiRace.Core;
        public static class Codes
        {
            private const string Prefix = "RM";
            public static Currency Yuan() => Currency.FromCode({|AIR0003:$"{Prefix}B"|});
        }
        """);

    [Fact]
    public Task Active_special_codes_DoesNotReport() => Verify<UnknownCurrencyCodeRule>.NoDiagnostics("""
        using AiRace.Core;
        public static class Specials
        {
            public static Currency[] All() =>
            [
                Currency.FromCode("XAU"), Currency.FromCode("XDR"), Currency.FromCode("XXX"),
                Currency.FromCode("SLE"), Currency.FromCode("VES"), Currency.FromCode("ZWG"),
            ];
        }
        """);

    [Fact]
    public Task Withdrawn_codes_in_a_switch_expression_Reports() => Verify<UnknownCurrencyCodeRule>.Diagnostics("""
        using AiRace.Core;
        public static class Legacy
        {
            public static Currency Of(string country) => Currency.FromCode(country switch
            {
                "SL" => {|AIR0003:"SLL"|},
                "ZW" => {|AIR0003:"ZWL"|},
                _ => "USD",
            });
        }
        """);

    [Fact]
    public Task Named_currencyCode_and_TryFromCode_FixAll() => Verify<UnknownCurrencyCodeRule>.Fix<UnknownCurrencyCodeCodeFixProvider>("""
        using AiRace.Core;
        public static class Parsing
        {
            public static Money Fee() => Money.Of(currencyCode: {|AIR0003:"eur"|}, amount: 5m);
            public static bool Dollars(out Currency usd) => Currency.TryFromCode({|AIR0003:"US$"|}, out usd);
        }
        """, """
        using AiRace.Core;
        public static class Parsing
        {
            public static Money Fee() => Money.Of(currencyCode: "EUR", amount: 5m);
            public static bool Dollars(out Currency usd) => Currency.TryFromCode("USD", out usd);
        }
        """);

    [Fact]
    public Task Conditional_arm_in_a_linq_lambda_Fix() => Verify<UnknownCurrencyCodeRule>.Fix<UnknownCurrencyCodeCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Regions
        {
            public static IEnumerable<Currency> Of(IEnumerable<string> regions) =>
                regions.Select(r => Currency.FromCode(r == "cn" ? {|AIR0003:"yuan"|} : "USD"));
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Regions
        {
            public static IEnumerable<Currency> Of(IEnumerable<string> regions) =>
                regions.Select(r => Currency.FromCode(r == "cn" ? "CNY" : "USD"));
        }
        """);

    [Fact]
    public Task Alias_table_keys_are_not_codes_DoesNotReport() => Verify<UnknownCurrencyCodeRule>.NoDiagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Aliases
        {
            private static readonly Dictionary<string, Currency> Known = new()
            {
                ["RMB"] = Currency.CNY,
                ["yuan"] = Currency.CNY,
                ["US$"] = Currency.USD,
            };

            public static Currency Resolve(string text) =>
                Known.TryGetValue(text, out var c) ? c : Currency.FromCode(text);
        }
        """);

    [Fact]
    public Task TryParse_text_alias_Fix() => Verify<UnknownCurrencyCodeRule>.Fix<UnknownCurrencyCodeCodeFixProvider>("""
        using AiRace.Core;
        public static class Seeds
        {
            public static bool Grant(out Money m) => Money.TryParse({|AIR0003:"RMB 1,000"|}, out m);
        }
        """, """
        using AiRace.Core;
        public static class Seeds
        {
            public static bool Grant(out Money m) => Money.TryParse("CNY 1,000", out m);
        }
        """);

    [Fact]
    public async Task FixAll_AIR0003_mixed_forms_compiles()
    {
        string fixedText = await FixRunner.FixAllAsync(new UnknownCurrencyCodeCodeFixProvider(), """
            using AiRace.Core;
            public static class Codes
            {
                const string Old = "HRK";
                public static Currency[] All(bool cn) =>
                [
                    Currency.FromCode(Old),
                    Currency.FromCode(cn ? "renminbi" : "dollars"),
                    Currency.Parse("sterling", null),
                    Money.Parse("HK$ 12").Currency,
                    Currency.FromCode(@"gbp"),
                ];
            }
            """);
        var diagnostics = await AllRules.AnalyzeAsync(fixedText);
        diagnostics.Where(d => !d.Id.StartsWith("AIR")).Should().BeEmpty(fixedText);
        fixedText.Should().Contain("cn ? \"CNY\" : \"USD\"");
        fixedText.Should().Contain("Currency.Parse(\"GBP\", null)");
        fixedText.Should().Contain("\"HKD 12\"");
        fixedText.Should().Contain("FromCode(Old)");
    }

    // AIR0003.md: "the code of a [Currency("…")] annotation": on a local function's or a lambda's parameter too
    [Fact]
    public Task Annotation_on_local_function_and_lambda_parameters_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        static class Handlers
        {
            public static Func<Money, Money> Build()
            {
                Money Keep([Currency({|AIR0003:"RMB"|})] Money grant) => grant;
                return ([Currency({|AIR0003:"yuan"|})] Money m) => Keep(m);
            }
        }
        """);

    // the same, where only a later parameter, or only the return, carries the annotation
    [Fact]
    public Task Annotation_on_a_later_parameter_or_the_return_of_a_local_function_and_lambda_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        static class Handlers
        {
            public static Func<decimal, Money, Money> Build()
            {
                Money Keep(decimal rate, [Currency({|AIR0003:"RMB"|})] Money grant) => grant;
                [return: Currency({|AIR0003:"usd"|})] Money Same(Money grant) => grant;
                Func<Money, Money> same = [return: Currency({|AIR0003:"yuan"|})] (m) => Same(m);
                return (decimal rate, [Currency({|AIR0003:"yuan"|})] Money m) => Keep(rate, same(m));
            }
        }
        """);

    [Fact]
    public Task Annotation_with_active_codes_on_local_function_and_lambda_parameters_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        static class Handlers
        {
            public static Func<Money, Money> Build()
            {
                Money Keep([Currency("CNY")] Money grant) => grant;
                return ([Currency("CNY")] Money m) => Keep(m);
            }
        }
        """);

    // the fix writes the code an alias stands for inside the annotation of a local function's or a lambda's parameter
    [Fact]
    public async Task FixAll_AIR0003_annotations_on_local_function_and_lambda_parameters()
    {
        string fixedText = await FixRunner.FixAllAsync(new UnknownCurrencyCodeCodeFixProvider(), """
            using System;
            using AiRace.Core;
            static class Handlers
            {
                public static Func<Money, Money> Build()
                {
                    Money Keep([Currency("RMB")] Money grant) => grant;
                    return ([Currency("yuan")] Money m) => Keep(m);
                }
            }
            """);
        fixedText.Should().Contain("Money Keep([Currency(\"CNY\")] Money grant)");
        fixedText.Should().Contain("return ([Currency(\"CNY\")] Money m)");
    }

    // AIR0003.md: "the code of a [Currency("…")] annotation ... which AIR0001 trusts: an alias there would silently state
    // no currency"; the receiver of a C# 14 extension block is a parameter like any other
    [Fact]
    public Task Alias_in_the_annotation_of_an_extension_block_receiver_Reports() => Verify.DiagnosticsPreview("""
        using AiRace.Core;
        public static class Prices
        {
            extension([Currency({|AIR0003:"RMB"|})] decimal price)
            {
                public decimal WithVat => price * 1.13m;
            }

            extension([Currency(code: "CNY")] decimal[] prices)
            {
                public decimal First => prices[0];
            }
        }
        """);

    // AIR0003.md: same promise; AIR0001 reads [return: Currency] of every method (Flow/Annotations.cs), local functions
    // and lambdas included
    [Fact]
    public Task Alias_in_the_return_annotation_of_a_local_function_or_lambda_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        public static class Budgets
        {
            public static decimal Total(decimal[] grants)
            {
                Func<decimal, decimal> withVat = [return: Currency({|AIR0003:"RMB"|})] (decimal net) => net * 1.13m;
                Func<decimal, decimal> plain = [return: Currency("CNY")] (decimal net) => net;
                [return: Currency({|AIR0003:"yuan"|})]
                decimal Sum() { decimal s = 0m; foreach (var g in grants) s += g; return s; }
                [return: Currency("USD")]
                decimal First() => grants[0];
                return withVat(Sum()) + plain(First());
            }
        }
        """);

    // AIR0003.md: Money.Parse reads the code as the text's first three characters and wants one space after it, so
    // an alias glued to the amount ("RMB1000") is refused for its code as "RMB 1000" is: judged the same way
    [Fact]
    public Task Alias_glued_to_the_amount_in_parse_text_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Money.Parse({|AIR0003:"RMB1000"|});
                var b = Money.Parse({|AIR0003:"rmb1,000.50"|});
                var ok = Money.TryParse({|AIR0003:"US$5"|}, out var c);
                var d = Money.Parse({|AIR0003:"RMB-5"|});
                var e = Money.Parse({|AIR0003:"Yuan.5"|});
                const string Grant = "CNH120";
                var f = Money.Parse({|AIR0003:Grant|});
            }
        }
        """);

    // the twin: an active code glued to its amount is refused by the parser for the missing space, not for its code;
    // a text that does not start with a code followed by an amount (fewer than three characters glued to a number
    // are no code) is not judged
    [Fact]
    public Task Active_code_glued_or_no_code_before_the_amount_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Money.TryParse("USD1000", out var b);
                var c = Money.TryParse("CNY-5", out var d);
                var e = Money.TryParse("1000 RMB", out var f);
                var g = Money.TryParse("RMB", out var h);
                var i = Money.TryParse("¥1000", out var j);
                var k = Money.TryParse("RMB-", out var l);
                var m = Money.TryParse("Q1 2025", out var n);
                var o = Money.TryParse("FY2025", out var p);
            }
        }
        """);

    // the fix writes the code and the one space the canonical form needs: "RMB1,000" becomes "CNY 1,000"
    [Fact]
    public Task Alias_glued_to_the_amount_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            Money M() => Money.Parse({|AIR0003:"RMB1,000"|});
            Money N() => Money.Parse({|AIR0003:"usd-2.50"|});
        }
        """, """
        using AiRace.Core;
        class C
        {
            Money M() => Money.Parse("CNY 1,000");
            Money N() => Money.Parse("USD -2.50");
        }
        """);
}
