using System.Threading.Tasks;
using VerifyMismatch = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.CurrencyMismatchRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through object initializers and <c>with</c> copies whose items call a hand-written setter (found by the
/// stop 64 review): such a setter may write another member than its own (<c>In</c>'s <c>init</c> re-expresses
/// <c>Amount</c> in another currency), so what the initializer gives <c>Amount</c> is not what the object holds, and the
/// value is unknown (silent). Items that set only auto-properties or positional ones are followed as before (reported).
/// </summary>
public class InitializerSetterFlowTests
{
    private const string Types = """
        using AiRace.Core;
        public sealed record R5
        {
            public Money Amount { get; init; }
            public Currency In { get => Amount.Currency; init => Amount = new Money(Amount.Amount, value); }
            public string Note { get; init; } = "";
        }
        public sealed class C6
        {
            public Money Amount { get; set; }
            public Currency In { get => Amount.Currency; set => Amount = new Money(Amount.Amount, value); }
            public string Note { get; set; } = "";
        }
        """;

    [Fact]
    public Task Initializer_or_with_item_whose_setter_writes_the_member_DoesNotReport() => VerifyMismatch.NoDiagnostics(Types + """
        class Checks
        {
            bool Copied() => (new R5 { Amount = Money.Usd(1m) } with { In = Currency.CNY }).Amount > Money.Cny(1m);
            bool Created() => new C6 { Amount = Money.Usd(1m), In = Currency.CNY }.Amount > Money.Cny(1m);
        }
        """);

    [Fact]
    public Task Initializer_or_with_items_of_auto_properties_only_Reports() => VerifyMismatch.Diagnostics(Types + """
        class Checks
        {
            bool Copied() => {|AIR0001:(new R5 { Amount = Money.Usd(1m) } with { Note = "moved" }).Amount > Money.Cny(1m)|};
            bool Created() => {|AIR0001:new C6 { Amount = Money.Usd(1m), Note = "new" }.Amount > Money.Cny(1m)|};
        }
        """);
}
