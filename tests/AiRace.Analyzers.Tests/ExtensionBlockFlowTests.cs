using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through the members of C# 14 extension blocks, as through classic extension methods: the receiver of a
/// block's member (<c>extension(Money m)</c>) is one more of its money parameters, given by the call's receiver
/// (<c>yuan.Exceeds(dollars)</c>) or, in the static form that binds to the block's implementation method
/// (<c>MoneyBlocks.Exceeds(yuan, dollars)</c>), by the first argument. A member whose body compares or adds its
/// receiver and a parameter makes its calls check that the two agree; a member (or extension property) whose every
/// return has its receiver's currency gives its call the receiver's currency; a member that adds the elements of its
/// receiver collection reports a call on a collection known to mix. Unknown receivers, members that check the
/// currencies or do not combine the two, and a <c>ref</c> receiver the member may reassign stay silent.
/// </summary>
public class ExtensionBlockFlowTests
{
    private const string Blocks = """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class MoneyBlocks
        {
            extension(Money m)
            {
                public bool Exceeds(Money limit) => m > limit;
                public Money Plus(Money other) => m + other;
                public Money Tripled() => m * 3m;
                public Money Doubled => m * 2m;
                public Money Kept() { var kept = m; return kept; }
                public bool Over(Money limit) => m.Exceeds(limit);
                public bool Checked(Money limit) => m.Currency == limit.Currency && m > limit;
                public bool Positive(Money other) => other.Amount > 0m && m.Amount > 0m;
                public Money Other(Money other) => other;
                public bool Rebased(Money limit) { m = limit; return m > limit; }
                public Money Swapped(Money other) { m = other; return m; }
                public Money KeptOf(Money other) => other.Kept();
                public Money TripledKept() => m.Kept() * 3m;
            }

            extension(Money)
            {
                public static Money Yuan(decimal amount) => Money.Cny(amount);
            }

            extension(IEnumerable<Money> items)
            {
                public Money Total(Money seed) { var t = seed; foreach (var x in items) t += x; return t; }
                public Money Head(Money seed) { var t = seed; foreach (var x in items) { t += x; break; } return t; }
                public Money Sum() => items.Total(Money.Zero(Currency.CNY));
            }

            extension(ref Money r)
            {
                public bool Reset(Money limit) { r = limit; return r > limit; }
            }
        }
        """;

    [Fact]
    public Task Block_member_comparing_its_receiver_and_parameter_Reports() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A()
            {
                Money yuan = Money.Cny(100m);
                Money dollars = Money.Usd(14m);
                return {|AIR0001:yuan.Exceeds(dollars)|};
            }

            bool B() => {|AIR0001:Money.Eur(1m).Exceeds(Money.Jpy(1m))|};
        }
        """);

    [Fact]
    public Task Static_form_of_a_block_member_comparing_its_receiver_and_parameter_Reports() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A()
            {
                Money yuan = Money.Cny(100m);
                Money dollars = Money.Usd(14m);
                return {|AIR0001:MoneyBlocks.Exceeds(yuan, dollars)|};
            }
        }
        """);

    [Fact]
    public Task Block_member_adding_its_receiver_and_parameter_Reports() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            Money A() => {|AIR0001:Money.Cny(1m).Plus(Money.Usd(1m))|};
            Money B() => {|AIR0001:MoneyBlocks.Plus(Money.Cny(1m), Money.Usd(1m))|};
        }
        """);

    [Fact]
    public Task Block_member_passing_its_receiver_and_parameter_on_to_one_that_compares_them_Reports() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A() => {|AIR0001:Money.Cny(1m).Over(Money.Usd(1m))|};
        }
        """);

    [Fact]
    public Task Block_member_returning_its_receivers_currency_Reports() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A()
            {
                Money yuan = Money.Cny(100m);
                Money dollars = Money.Usd(14m);
                return {|AIR0001:yuan.Tripled() > dollars|};
            }

            bool B() => {|AIR0001:Money.Cny(1m).Kept() > Money.Usd(1m)|};
            bool C() => {|AIR0001:MoneyBlocks.Tripled(Money.Cny(1m)) > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Extension_property_returning_its_receivers_currency_Reports() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A()
            {
                Money yuan = Money.Cny(100m);
                Money dollars = Money.Usd(14m);
                return {|AIR0001:yuan.Doubled > dollars|};
            }

            bool B() => {|AIR0001:Money.Cny(1m).Doubled.Doubled > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Static_block_member_every_return_of_which_states_CNY_Reports() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A() => {|AIR0001:Money.Yuan(5m) > Money.Usd(1m)|};
            bool B() => {|AIR0001:Money.Yuan(5m).Exceeds(Money.Usd(1m))|};
        }
        """);

    [Fact]
    public Task Block_member_adding_the_elements_of_its_receiver_collection_Reports() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            Money A()
            {
                Money yuan = Money.Cny(100m);
                Money dollars = Money.Usd(14m);
                return {|AIR0001:new[] { yuan, dollars }.Total(Money.Zero(Currency.EUR))|};
            }

            Money B() => {|AIR0001:MoneyBlocks.Total(new[] { Money.Cny(1m), Money.Usd(1m) }, Money.Zero(Currency.CNY))|};
            Money C() => {|AIR0001:new[] { Money.Cny(1m), Money.Usd(1m) }.Sum()|};
        }
        """);

    [Fact]
    public Task Block_members_called_with_one_currency_DoesNotReport() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A() => Money.Cny(1m).Exceeds(Money.Cny(2m)) && MoneyBlocks.Exceeds(Money.Cny(1m), Money.Cny(2m));
            Money B() => Money.Usd(1m).Plus(Money.Usd(1m));
            bool C() => Money.Cny(1m).Tripled() > Money.Cny(1m) && Money.Cny(1m).Doubled > Money.Cny(1m) && Money.Yuan(1m) > Money.Cny(1m);
            Money D() => new[] { Money.Eur(1m), Money.Eur(2m) }.Total(Money.Zero(Currency.EUR));
        }
        """);

    [Fact]
    public Task Block_members_called_on_unknown_receivers_DoesNotReport() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A(Money given) => given.Exceeds(Money.Usd(1m)) && MoneyBlocks.Exceeds(given, Money.Usd(1m));
            bool B(string text) => Money.Parse(text).Tripled() > Money.Usd(1m);
            bool C(Money given) => given.Doubled > Money.Usd(1m);
            Money D(Money[] given) => given.Total(Money.Zero(Currency.EUR));
        }
        """);

    [Fact]
    public Task Block_members_that_check_or_do_not_combine_their_receiver_and_parameter_DoesNotReport() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A() => Money.Cny(1m).Checked(Money.Usd(1m));
            bool B() => Money.Cny(1m).Positive(Money.Usd(1m));
            bool C() => Money.Cny(1m).Other(Money.Usd(1m)) > Money.Usd(2m);
        }
        """);

    [Fact]
    public Task Block_member_of_a_ref_receiver_that_reassigns_it_DoesNotReport() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A()
            {
                Money yuan = Money.Cny(1m);
                return yuan.Reset(Money.Usd(1m));
            }
        }
        """);

    [Fact]
    public Task Block_member_that_may_skip_elements_of_its_receiver_collection_DoesNotReport() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            Money A() => new[] { Money.Cny(1m), Money.Usd(1m) }.Head(Money.Zero(Currency.CNY));
        }
        """);

    [Fact]
    public Task Block_member_that_assigns_its_receiver_DoesNotReport() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A() => Money.Cny(1m).Rebased(Money.Usd(1m));
            bool B() => Money.Cny(1m).Swapped(Money.Usd(1m)) > Money.Usd(2m);
        }
        """);

    [Fact]
    public Task Block_member_called_on_a_value_of_another_currency_than_its_annotated_receiver_Reports() => Files.VerifyPreview(
        """
        using AiRace.Core;
        public static class Annotated
        {
            extension([Currency("CNY")] Money m)
            {
                public Money Times(decimal k) => m * k;
            }
        }
        class Use
        {
            Money A() => {|AIR0001:Money.Usd(1m)|}.Times(2m);
            Money B()
            {
                Money dollars = Money.Usd(1m);
                return {|AIR0001:dollars|}.Times(2m);
            }
        }
        """);

    [Fact]
    public Task Block_member_called_on_its_annotated_receivers_currency_or_an_unknown_one_DoesNotReport() => Files.VerifyPreview(
        """
        using AiRace.Core;
        public static class Annotated
        {
            extension([Currency("CNY")] Money m)
            {
                public Money Times(decimal k) => m * k;
            }
        }
        class Use
        {
            Money A() => Money.Cny(1m).Times(2m);
            Money B(Money given) => given.Times(2m);
            Money C(string text) => Money.Parse(text).Times(2m);
        }
        """);

    [Fact]
    public Task Block_members_calling_other_members_of_the_block_DoesNotReport() => Files.VerifyPreview(
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A() => Money.Cny(1m).KeptOf(Money.Usd(1m)) > Money.Usd(2m);
            bool B() => Money.Cny(1m).TripledKept() > Money.Cny(2m) && Money.Cny(1m).Kept() > Money.Cny(2m);
        }
        """);

    // ---------- the annotated receiver of an extension property ----------

    private const string AnnotatedProperties = """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Annotated
        {
            extension([Currency("CNY")] Money m)
            {
                public Money Thrice => m * 3;
            }

            extension([Currency("CNY")] IEnumerable<Money> items)
            {
                public int Count => 0;
            }
        }
        """;

    [Fact]
    public Task Extension_property_read_on_a_value_of_another_currency_than_its_annotated_receiver_Reports() => Files.VerifyPreview(
        AnnotatedProperties,
        """
        using AiRace.Core;
        class Use
        {
            Money A() => {|AIR0001:Money.Usd(1m)|}.Thrice;
            Money B()
            {
                Money dollars = Money.Usd(1m);
                return {|AIR0001:dollars|}.Thrice;
            }
        }
        """);

    [Fact]
    public Task Extension_property_read_on_a_field_result_or_collection_of_another_currency_Reports() => Files.VerifyPreview(
        AnnotatedProperties,
        """
        using AiRace.Core;
        class Use
        {
            private static readonly Money Cap = Money.Eur(5m);
            static Money Fees() => Money.Jpy(100m);
            Money A() => {|AIR0001:Cap|}.Thrice + {|AIR0001:Fees()|}.Thrice;
            int B() => {|AIR0001:new[] { Money.Usd(1m), Money.Usd(2m) }|}.Count;
        }
        """);

    [Fact]
    public Task Extension_property_of_an_annotated_receiver_has_the_declared_currency_Reports() => Files.VerifyPreview(
        AnnotatedProperties,
        """
        using AiRace.Core;
        class Use
        {
            bool A(Money given) => {|AIR0001:given.Thrice > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Extension_property_read_on_its_annotated_receivers_currency_or_an_unknown_one_DoesNotReport() => Files.VerifyPreview(
        AnnotatedProperties,
        """
        using AiRace.Core;
        class Use
        {
            Money A() => Money.Cny(1m).Thrice;
            Money B(Money given) => given.Thrice;
            Money C(string text) => Money.Parse(text).Thrice;
            int D() => new[] { Money.Cny(1m), Money.Cny(2m) }.Count;
            bool E(Money given) => given.Thrice > Money.Cny(1m);
        }
        """);

    [Fact]
    public Task Extension_property_read_on_a_value_of_either_currency_or_of_an_unannotated_block_DoesNotReport() => Files.VerifyPreview(
        AnnotatedProperties,
        Blocks,
        """
        using AiRace.Core;
        class Use
        {
            Money A(bool flag) => (flag ? Money.Cny(1m) : Money.Usd(1m)).Thrice;
            Money B() => Money.Usd(1m).Doubled;
            int C(Money[] given) => given.Count;
        }
        """);

    // ---------- the receiver of a generic extension block ----------

    private const string GenericBlocks = """
        using System.Collections.Generic;
        using System.Numerics;
        public static class Ordering
        {
            extension<T>(T a) where T : IComparisonOperators<T, T, bool>
            {
                public bool IsAbove(T b) => a > b;
                public T Larger(T b) => a > b ? a : b;
                public T Kept(T b) => a;
                public bool Over(T b) => a.IsAbove(b);
            }

            extension<T>(T a) where T : IAdditionOperators<T, T, T>
            {
                public T Plus(T b) => a + b;
            }

            extension<T>(IEnumerable<T> items) where T : IAdditionOperators<T, T, T>
            {
                public T Total(T seed) { var t = seed; foreach (var x in items) t += x; return t; }
            }
        }
        """;

    [Fact]
    public Task Generic_block_member_comparing_its_receiver_and_parameter_Reports() => Files.VerifyPreview(
        GenericBlocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A()
            {
                Money yuan = Money.Cny(100m);
                Money dollars = Money.Usd(14m);
                return {|AIR0001:yuan.IsAbove(dollars)|};
            }

            Money B() => {|AIR0001:Money.Eur(1m).Larger(Money.Jpy(1m))|};
            bool C() => {|AIR0001:Ordering.IsAbove(Money.Cny(1m), Money.Usd(1m))|};
        }
        """);

    [Fact]
    public Task Generic_block_member_adding_or_passing_on_its_receiver_and_parameter_Reports() => Files.VerifyPreview(
        GenericBlocks,
        """
        using AiRace.Core;
        class Use
        {
            Money A() => {|AIR0001:Money.Cny(1m).Plus(Money.Usd(1m))|};
            bool B() => {|AIR0001:Money.Cny(1m).Over(Money.Usd(1m))|};
            Money C() => {|AIR0001:new[] { Money.Cny(1m), Money.Usd(1m) }.Total(Money.Zero(Currency.CNY))|};
        }
        """);

    [Fact]
    public Task Generic_block_member_called_with_one_currency_or_numbers_DoesNotReport() => Files.VerifyPreview(
        GenericBlocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A()
            {
                Money yuan = Money.Cny(100m);
                Money otherYuan = Money.Cny(14m);
                return yuan.IsAbove(otherYuan) && Ordering.IsAbove(yuan, otherYuan);
            }

            bool B() => 5m.IsAbove(1m) && 5.0.Over(1.0) && 3m.Plus(4m) > 6m;
            Money C() => new[] { Money.Eur(1m), Money.Eur(2m) }.Total(Money.Zero(Currency.EUR));
        }
        """);

    [Fact]
    public Task Generic_block_member_called_on_unknown_values_or_not_combining_them_DoesNotReport() => Files.VerifyPreview(
        GenericBlocks,
        """
        using AiRace.Core;
        class Use
        {
            bool A(Money given) => given.IsAbove(Money.Usd(1m)) && Money.Cny(1m).IsAbove(given);
            Money B() => Money.Cny(1m).Kept(Money.Usd(1m));
            Money C(Money[] given) => given.Total(Money.Zero(Currency.EUR));
        }
        """);
}
