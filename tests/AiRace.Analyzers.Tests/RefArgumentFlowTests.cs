using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 at a <c>ref</c> argument that is not a local declared with a value, given for a parameter annotated
/// <c>[Currency("CNY")]</c>: a field (<c>ref _cap</c>), an element of a local array (<c>ref caps[0]</c>), a <c>ref</c>
/// local over a local or such an element. The call reads the variable before its own write, so it is checked by the
/// currency the variable holds counting every other write; unknown stays silent.
/// </summary>
public class RefArgumentFlowTests
{
    private const string Book = """
        using AiRace.Core;
        public static class Book
        {
            public static void Post([Currency("CNY")] ref Money balance) { }
            public static void Swap(ref Money value) => value = Money.Cny(1m);
        }
        """;

    [Fact]
    public Task Field_of_another_currency_passed_by_ref_Reports() => Files.Verify(
        Book,
        """
        using AiRace.Core;
        public sealed class Ledger
        {
            private Money _cap = Money.Usd(1m);
            private Money _limit = Money.Usd(1m);
            private static Money Reserve = Money.Eur(1m);
            public void Grow(decimal x) { _cap += Money.Usd(x); _limit = Money.Usd(x); Reserve = Money.Eur(x); }
            public void A() => Book.Post(ref {|AIR0001:_cap|});
            public void B() => Book.Post(ref {|AIR0001:this._limit|});
            public static void C() => Book.Post(ref {|AIR0001:Ledger.Reserve|});
        }
        """);

    [Fact]
    public Task Field_of_another_file_or_of_a_struct_passed_by_ref_Reports() => Files.Verify(
        Book,
        """
        using AiRace.Core;
        public static class Limits
        {
            public static Money Daily = Money.Gbp(1m);
        }
        public struct Plan
        {
            public Money Cap;
            public Plan(decimal x) => Cap = Money.Usd(x);
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            private Plan _plan = new(1m);
            void A() { Limits.Daily = Money.Gbp(2m); Book.Post(ref {|AIR0001:Limits.Daily|}); }
            void B() => Book.Post(ref {|AIR0001:_plan.Cap|});
        }
        """);

    [Fact]
    public Task Field_annotated_with_another_currency_passed_by_ref_Reports() => Files.Verify(
        Book,
        """
        using AiRace.Core;
        public sealed class Ledger
        {
            [Currency("USD")] private Money _cap;
            public void Set(Money m) => _cap = m;
            public void A() => Book.Post(ref {|AIR0001:_cap|});
        }
        """);

    [Fact]
    public Task Element_of_a_local_array_of_another_currency_passed_by_ref_Reports() => Files.Verify(
        Book,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void A()
            {
                Money[] caps = [Money.Usd(1m), Money.Usd(2m)];
                var largest = caps.Max();
                Book.Post(ref {|AIR0001:caps[0]|});
            }
            void B(int i)
            {
                var caps = new[] { Money.Eur(1m), Money.Eur(2m) };
                caps[1] = Money.Eur(3m);
                Book.Post(ref {|AIR0001:caps[i]|});
            }
        }
        """);

    [Fact]
    public Task Ref_local_over_a_local_of_another_currency_passed_by_ref_Reports() => Files.Verify(
        Book,
        """
        using AiRace.Core;
        class Use
        {
            void A()
            {
                Money dollars = Money.Usd(1m);
                ref Money alias = ref dollars;
                Book.Post(ref {|AIR0001:alias|});
            }
            void B(decimal x)
            {
                Money dollars = Money.Usd(1m);
                ref Money alias = ref dollars;
                alias += Money.Usd(x);
                dollars = Money.Usd(2m);
                Book.Post(ref {|AIR0001:alias|});
            }
        }
        """);

    [Fact]
    public Task Ref_local_over_an_element_of_a_local_array_of_another_currency_passed_by_ref_Reports() => Files.Verify(
        Book,
        """
        using AiRace.Core;
        class Use
        {
            void A()
            {
                Money[] caps = [Money.Jpy(1m), Money.Jpy(2m)];
                ref Money first = ref caps[0];
                Book.Post(ref {|AIR0001:first|});
            }
        }
        """);

    [Fact]
    public Task Field_written_elsewhere_with_another_currency_or_unknown_DoesNotReport() => Files.Verify(
        Book,
        """
        using AiRace.Core;
        public sealed class Ledger
        {
            private Money _cap = Money.Usd(1m);
            private Money _reserve = Money.Usd(1m);
            private Money _given = Money.Usd(1m);
            private Money _yuan = Money.Cny(1m);
            public void Reset() => _cap = Money.Eur(1m);
            public void Load(Money m) => _given = m;
            public void Other() => Book.Swap(ref _reserve);
            public void A() => Book.Post(ref _cap);
            public void B() => Book.Post(ref _reserve);
            public void C() => Book.Post(ref _given);
            public void D() => Book.Post(ref _yuan);
        }
        """);

    [Fact]
    public Task Field_passed_by_ref_twice_or_aliased_DoesNotReport() => Files.Verify(
        Book,
        """
        using AiRace.Core;
        public sealed class Ledger
        {
            private Money _cap = Money.Usd(1m);
            private Money _aliased = Money.Usd(1m);
            public void A() { Book.Post(ref _cap); Book.Post(ref _cap); }
            public void B()
            {
                ref Money alias = ref _aliased;
                Book.Post(ref alias);
                Book.Post(ref _aliased);
            }
        }
        """);

    [Fact]
    public Task Element_of_an_array_that_mixes_DoesNotReport() => Files.Verify(
        Book,
        """
        using AiRace.Core;
        class Use
        {
            void A()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                Book.Post(ref caps[1]);
            }
            void B()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                ref Money second = ref caps[1];
                Book.Post(ref second);
            }
        }
        """);

    [Fact]
    public Task Element_of_an_array_written_unseen_or_of_an_array_field_DoesNotReport() => Files.Verify(
        Book,
        """
        using System;
        using AiRace.Core;
        class Use
        {
            private static readonly Money[] Caps = [Money.Usd(1m)];
            void B()
            {
                Money[] caps = [Money.Usd(1m), Money.Usd(2m)];
                Span<Money> s = caps;
                s[0] = Money.Cny(1m);
                Book.Post(ref caps[0]);
            }
            void C()
            {
                Money[] caps = [Money.Usd(1m), Money.Usd(2m)];
                Fill(caps);
                Book.Post(ref caps[0]);
            }
            void D()
            {
                Money[] caps = [Money.Usd(1m), Money.Usd(2m)];
                caps[0] = Money.Cny(1m);
                Book.Post(ref caps[0]);
            }
            void E()
            {
                Money[] caps = [Money.Usd(1m), Money.Usd(2m)];
                Book.Post(ref caps[0]);
                Book.Swap(ref caps[1]);
                Book.Post(ref Caps[0]);
            }
            static void Fill(Money[] target) => target[0] = Money.Cny(1m);
        }
        """);

    [Fact]
    public Task Ref_local_reassigned_written_with_another_currency_or_over_what_is_not_followed_DoesNotReport() => Files.Verify(
        Book,
        """
        using AiRace.Core;
        class Use
        {
            private Money _cap = Money.Usd(1m);
            void A(ref Money other)
            {
                Money dollars = Money.Usd(1m);
                ref Money alias = ref dollars;
                alias = ref other;
                Book.Post(ref alias);
            }
            void B()
            {
                Money dollars = Money.Usd(1m);
                ref Money alias = ref dollars;
                alias = Money.Cny(1m);
                Book.Post(ref alias);
            }
            void C()
            {
                ref Money alias = ref _cap;
                Book.Post(ref alias);
            }
            void D(Money given)
            {
                Money copy = given;
                ref Money alias = ref copy;
                Book.Post(ref alias);
            }
            void E()
            {
                Money dollars = Money.Usd(1m);
                ref Money first = ref dollars;
                ref Money second = ref dollars;
                second = Money.Cny(1m);
                Book.Post(ref first);
            }
        }
        """);
}
