using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through a span local made by a call or a slice and only read: <c>caps.AsSpan()</c>, <c>caps.AsSpan(1)</c>,
/// <c>caps.AsSpan(0, 2)</c>, <c>caps.AsSpan(1..)</c>, <c>caps[1..]</c>, <c>r[1..]</c> and <c>r.Slice(1)</c> of a span local,
/// <c>CollectionsMarshal.AsSpan(list)</c>. A part of a source of one currency has that currency; a part of a source that
/// mixes is unknown; a span written or passed on leaves it, and what it views, unknown.
/// </summary>
public class SpanCallFlowTests
{
    [Fact]
    public Task Span_local_made_by_AsSpan_of_an_array_of_one_currency_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Caps = [Money.Cny(1m), Money.Cny(2m), Money.Cny(3m)];
            bool A()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                Span<Money> s = caps.AsSpan();
                return {|AIR0001:s[0] > Money.Usd(1m)|};
            }
            bool B()
            {
                Span<Money> s = Caps.AsSpan(1);
                foreach (var m in s)
                {
                    if ({|AIR0001:m > Money.Usd(1m)|}) return true;
                }

                return false;
            }
            Money C()
            {
                ReadOnlySpan<Money> s = Caps.AsSpan(0, 2);
                return {|AIR0001:s[1] + Money.Eur(1m)|};
            }
            bool D()
            {
                Span<Money> s = Caps.AsSpan(1..);
                return !s.IsEmpty && {|AIR0001:s[^1] == Money.Jpy(1m)|};
            }
        }
        """);

    [Fact]
    public Task Slice_of_a_span_local_or_range_of_an_array_of_one_currency_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Caps = [Money.Cny(1m), Money.Cny(2m), Money.Cny(3m)];
            bool A()
            {
                ReadOnlySpan<Money> r = Caps;
                ReadOnlySpan<Money> tail = r[1..];
                return tail.Length > 0 && {|AIR0001:tail[0] > Money.Usd(1m)|};
            }
            bool B()
            {
                Money[] caps = [Money.Eur(1m), Money.Eur(2m)];
                ReadOnlySpan<Money> r = caps;
                var tail = r.Slice(1);
                return {|AIR0001:tail[0] < Money.Usd(1m)|};
            }
            bool C()
            {
                ReadOnlySpan<Money> r = Caps[1..];
                return {|AIR0001:r[0] > Money.Usd(1m)|};
            }
            bool D()
            {
                Span<Money> s = Caps.AsSpan();
                Span<Money> middle = s.Slice(1, 1);
                var last = middle[1..];
                return !last.IsEmpty && {|AIR0001:last[0] > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Span_over_a_list_of_one_currency_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        class Check
        {
            bool A()
            {
                var caps = new List<Money> { Money.Cny(1m), Money.Cny(2m) };
                caps.Add(Money.Cny(3m));
                Span<Money> s = CollectionsMarshal.AsSpan(caps);
                return {|AIR0001:s[0] > Money.Usd(1m)|};
            }
            Money B()
            {
                List<Money> caps = [Money.Eur(1m)];
                ReadOnlySpan<Money> s = CollectionsMarshal.AsSpan(caps);
                foreach (var m in s)
                {
                    if ({|AIR0001:m > Money.Usd(1m)|}) return m;
                }

                return Money.Eur(0m);
            }
        }
        """);

    [Fact]
    public Task Array_or_list_seen_through_a_span_local_made_by_a_call_and_only_read_keeps_its_elements_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        class Check
        {
            Money A()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                Span<Money> s = caps.AsSpan(1);
                var first = s[0];
                return {|AIR0001:caps.Max()|};
            }
            Money B()
            {
                var caps = new List<Money> { Money.Cny(1m), Money.Usd(1m) };
                Span<Money> s = CollectionsMarshal.AsSpan(caps);
                var n = s.Length;
                return {|AIR0001:caps.Min()|};
            }
            bool C()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                ReadOnlySpan<Money> r = caps;
                var tail = r[1..];
                var first = tail[0];
                return {|AIR0001:caps[0] > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Span_local_made_by_a_call_with_the_span_conversion_of_CSharp_14_Reports() => Files.VerifyPreview(
        """
        using System;
        using AiRace.Core;
        class Check
        {
            bool A()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                ReadOnlySpan<Money> s = caps.AsSpan(0, 1);
                var first = s[0];
                {|AIR0001:caps.Sort()|};
                return first > Money.Usd(1m);
            }
            bool B()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                ReadOnlySpan<Money> s = caps.AsSpan(0, 1);
                return {|AIR0001:s[0] > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Part_of_a_source_that_mixes_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Mixed = [Money.Usd(1m), Money.Cny(2m), Money.Cny(3m)];
            bool A()
            {
                Span<Money> s = Mixed.AsSpan(1);
                return s[0] > Money.Usd(1m);
            }
            bool B()
            {
                ReadOnlySpan<Money> r = Mixed;
                var tail = r[1..];
                return tail[0] > Money.Usd(1m);
            }
            bool C()
            {
                ReadOnlySpan<Money> r = Mixed[1..];
                return r[0] > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Part_of_a_source_of_unknown_currency_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        class Check
        {
            bool D(Money given)
            {
                var caps = new List<Money> { Money.Cny(1m) };
                caps.Add(given);
                Span<Money> s = CollectionsMarshal.AsSpan(caps);
                return s[0] > Money.Usd(1m);
            }
            bool E(Money[] given)
            {
                Span<Money> s = given.AsSpan(0, 1);
                return s[0] > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Span_made_by_a_call_written_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        class Check
        {
            bool A()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                Span<Money> s = caps.AsSpan(1);
                s[0] = Money.Usd(1m);
                return s[0] > Money.Usd(2m) || caps[1] > Money.Usd(2m);
            }
            bool B()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                Span<Money> s = caps.AsSpan(0, 1);
                s.Fill(Money.Usd(1m));
                return s[0] > Money.Usd(2m) || caps[0] > Money.Usd(2m);
            }
            bool C()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                Money[] dollars = [Money.Usd(1m)];
                Span<Money> s = caps.AsSpan(1..);
                dollars.AsSpan().CopyTo(s);
                return s[0] > Money.Usd(2m) || caps[1] > Money.Usd(2m);
            }
        }
        """);

    [Fact]
    public Task Span_made_by_a_call_passed_on_or_taken_by_ref_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        class Check
        {
            bool D()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                Span<Money> s = caps.AsSpan();
                Touch(s);
                return s[0] > Money.Usd(2m) || caps[0] > Money.Usd(2m);
            }
            bool E()
            {
                var caps = new List<Money> { Money.Cny(1m), Money.Cny(2m) };
                Span<Money> s = CollectionsMarshal.AsSpan(caps);
                ref Money first = ref s[0];
                first = Money.Usd(1m);
                return s[1] > Money.Usd(2m) || caps[0] > Money.Usd(2m);
            }
            static void Touch(Span<Money> target) => target[0] = Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Slice_written_or_passed_on_leaves_the_span_and_its_array_unknown_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Check
        {
            bool A()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                Span<Money> s = caps;
                var tail = s[1..];
                tail[0] = Money.Usd(1m);
                return s[1] > Money.Usd(2m) || caps[1] > Money.Usd(2m);
            }
            bool B()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                Span<Money> s = caps.AsSpan();
                var tail = s.Slice(1);
                Touch(tail);
                return s[0] > Money.Usd(2m) || caps[0] > Money.Usd(2m);
            }
            bool C()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                Span<Money> s = caps.AsSpan(1);
                foreach (ref var m in s.Slice(0)) m = Money.Usd(1m);
                return s[0] > Money.Usd(2m) || caps[1] > Money.Usd(2m);
            }
            bool D()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                Span<Money> s = caps.AsSpan(1);
                var tail = s[0..];
                Swap(ref tail[0]);
                return tail[0] > Money.Usd(2m) || caps[1] > Money.Usd(2m);
            }
            static void Touch(Span<Money> target) => target[0] = Money.Usd(1m);
            static void Swap(ref Money value) => value = Money.Usd(1m);
        }
        """);
}
