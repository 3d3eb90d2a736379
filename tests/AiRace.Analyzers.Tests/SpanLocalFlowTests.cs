using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through a <c>Span&lt;Money&gt;</c> or <c>ReadOnlySpan&lt;Money&gt;</c> local made from a whole array or a
/// collection expression and only read (element reads, <c>foreach</c>, <c>Length</c>): its elements are those of what
/// it was made from, as for an array local.
/// </summary>
public class SpanLocalFlowTests
{
    [Fact]
    public Task Span_local_over_money_of_one_currency_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Caps = [Money.Cny(1m), Money.Cny(2m)];
            bool A()
            {
                ReadOnlySpan<Money> s = new[] { Money.Cny(1m), Money.Cny(2m) };
                return {|AIR0001:s[0] > Money.Usd(1m)|};
            }
            bool B()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                Span<Money> s = caps;
                foreach (var m in s)
                {
                    if ({|AIR0001:m > Money.Usd(1m)|}) return true;
                }

                return s.Length > 2;
            }
            Money C()
            {
                Span<Money> s = [Money.Eur(1m), Money.Eur(2m)];
                return {|AIR0001:s[1] + Money.Jpy(1m)|};
            }
            bool D()
            {
                ReadOnlySpan<Money> s = Caps;
                return !s.IsEmpty && {|AIR0001:s[^1] == Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Array_seen_through_a_span_local_that_is_only_read_keeps_its_elements_Reports() => Files.VerifyPreview(
        """
        using System;
        using AiRace.Core;
        class Check
        {
            void A()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                Span<Money> view = caps;
                var first = view[0];
                {|AIR0001:caps.Sort()|};
            }
        }
        """);

    [Fact]
    public Task Span_local_of_two_currencies_unknown_ones_or_the_same_one_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Check
        {
            bool A()
            {
                ReadOnlySpan<Money> s = new[] { Money.Cny(1m), Money.Usd(2m) };
                return s[0] > Money.Usd(1m);
            }
            bool B(Money given)
            {
                Span<Money> s = [Money.Cny(1m), given];
                return s[0] > Money.Usd(1m);
            }
            Money C()
            {
                Span<Money> s = [Money.Eur(1m), Money.Eur(2m)];
                return s[0] + s[1];
            }
            bool D(Money[] given)
            {
                ReadOnlySpan<Money> s = given;
                return s[0] > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Span_local_written_sliced_passed_on_or_over_a_writable_view_DoesNotReport() => Files.VerifyPreview(
        """
        using System;
        using AiRace.Core;
        class Check
        {
            bool A()
            {
                Span<Money> s = [Money.Cny(1m), Money.Cny(2m)];
                s[1] = Money.Usd(1m);
                return s[0] > Money.Usd(1m);
            }
            bool B()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                Span<Money> s = caps;
                Fill(s);
                return s[0] > Money.Usd(1m) || caps[0] > Money.Usd(1m);
            }
            bool C()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                Span<Money> s = caps;
                var tail = s.Slice(1);
                tail[0] = Money.Usd(1m);
                return s[1] > Money.Usd(1m);
            }
            bool D()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                Span<Money> s = caps.AsSpan();
                s.Clear();
                return s[0] > Money.Usd(1m);
            }
            bool E()
            {
                Span<Money> s = [Money.Cny(1m), Money.Cny(2m)];
                foreach (ref var m in s) m = Money.Usd(1m);
                return s[0] > Money.Usd(1m);
            }
            void F()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                Span<Money> view = caps;
                view[0] = Money.Usd(2m);
                caps.Sort();
            }
            bool G()
            {
                (string Region, Money Cap)[] caps = [("east", Money.Cny(1m))];
                Span<(string Region, Money Cap)> s = caps;
                s[0].Cap = Money.Usd(1m);
                return caps[0].Cap > Money.Usd(1m);
            }
            static void Fill(Span<Money> target) => target.Fill(Money.Usd(1m));
        }
        """);
}
