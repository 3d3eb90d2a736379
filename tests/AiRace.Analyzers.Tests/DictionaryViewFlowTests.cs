using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through read-only views of a dictionary (<c>new ReadOnlyDictionary&lt;K, Money&gt;(d)</c>,
/// <c>d.AsReadOnly()</c>): a view is not a copy, so it sees every write of the dictionary, made before or after it, by
/// key as a whole (<c>view["a"]</c>, <c>view.Values.Max()</c>); and the values of a dictionary LINQ builds
/// (<c>xs.ToDictionary(key)</c>, <c>xs.ToDictionary(key, m =&gt; m)</c>) are what its element selector returns from the
/// source (the elements themselves without one).
/// </summary>
public class DictionaryViewFlowTests
{
    [Fact]
    public Task Dollars_written_after_a_view_is_made_are_in_the_view_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Collections.ObjectModel;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                var view = new ReadOnlyDictionary<string, Money>(caps);
                caps.Add("austin", Money.Usd(1m));
                return {|AIR0001:view.Values.Max()|};
            }

            Money B()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                var view = caps.AsReadOnly();
                caps.Add("austin", Money.Usd(1m));
                return {|AIR0001:view.Values.Min()|};
            }

            decimal C()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                var view = new ReadOnlyDictionary<string, Money>(caps);
                caps["austin"] = Money.Cny(2m);
                return {|AIR0001:view.Values.Sum(Currency.USD)|}.Amount;
            }
        }
        """);

    [Fact]
    public Task A_view_reads_the_dictionary_by_key_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Collections.ObjectModel;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            private static readonly Dictionary<string, Money> Caps = new() { ["wuhan"] = Money.Cny(1m), ["austin"] = Money.Usd(1m) };
            private static readonly ReadOnlyDictionary<string, Money> View = new(Caps);
            private static readonly IReadOnlyDictionary<string, Money> Wrapped = Caps.AsReadOnly();

            bool A() => {|AIR0001:View["wuhan"] > View["austin"]|};
            bool B() => {|AIR0001:Wrapped["wuhan"] > Money.Usd(1m)|};
            bool C() => View.TryGetValue("austin", out var dollars) && {|AIR0001:dollars > Money.Cny(1m)|};

            Money D()
            {
                var caps = new Dictionary<string, Money>();
                var view = caps.AsReadOnly();
                caps["wuhan"] = Money.Cny(1m);
                caps["austin"] = Money.Usd(1m);
                return {|AIR0001:view.Values.Max()|};
            }

            bool E()
            {
                var caps = new Dictionary<string, Money>();
                var view = new ReadOnlyDictionary<string, Money>(caps);
                caps["wuhan"] = Money.Cny(1m);
                return {|AIR0001:view["wuhan"] > Money.Usd(1m)|};
            }

            Money F()
            {
                var caps = new Dictionary<string, Money>();
                var view = new ReadOnlyDictionary<string, Money>(caps);
                caps["wuhan"] = Money.Cny(1m);
                caps["austin"] = Money.Usd(1m);
                return {|AIR0001:view.Values.Max()|};
            }
        }
        """);

    [Fact]
    public Task A_view_of_one_currency_or_of_a_dictionary_written_unseen_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Collections.ObjectModel;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            private static readonly Dictionary<string, Money> Caps = new() { ["wuhan"] = Money.Cny(1m), ["austin"] = Money.Usd(1m) };
            private static readonly ReadOnlyDictionary<string, Money> View = new(Caps);

            Money A()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                var view = new ReadOnlyDictionary<string, Money>(caps);
                caps["shanghai"] = Money.Cny(2m);
                return view.Values.Max();
            }

            bool B() => View["wuhan"] > Money.Cny(1m) && View["austin"] < Money.Usd(5m);

            Money C()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                var view = caps.AsReadOnly();
                caps.Remove("wuhan");
                caps["austin"] = Money.Usd(1m);
                return view.Values.Max();
            }

            bool D(bool late)
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                var view = new ReadOnlyDictionary<string, Money>(caps);
                if (late)
                {
                    view = new ReadOnlyDictionary<string, Money>(new Dictionary<string, Money> { ["wuhan"] = Money.Usd(1m) });
                }

                return view["wuhan"] > Money.Cny(1m);
            }

            bool E(string key)
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                var view = caps.AsReadOnly();
                caps[key] = Money.Usd(1m);
                return view["wuhan"] > Money.Cny(1m);
            }
        }
        """);

    [Fact]
    public Task Values_of_a_dictionary_built_by_LINQ_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using AiRace.Core;
        public sealed record Grant(string Name, Money Cap);
        class Use
        {
            static readonly List<Money> Mixed = new() { Money.Cny(1m), Money.Usd(2m) };
            static readonly List<Money> Yuan = new() { Money.Cny(1m), Money.Cny(2m) };
            static readonly List<Grant> Grants = new() { new Grant("wuhan", Money.Cny(1m)), new Grant("austin", Money.Usd(1m)) };

            Money A() => {|AIR0001:Mixed.ToDictionary(m => m.Amount).Values.Max()|};
            Money B() => {|AIR0001:Mixed.ToDictionary(m => m.Amount, m => m).Values.Min()|};
            Money C() => {|AIR0001:Grants.ToDictionary(g => g.Name, g => g.Cap).Values.Max()|};

            Money D()
            {
                var byAmount = Mixed.ToImmutableDictionary(m => m.Amount);
                var values = byAmount.Values;
                return {|AIR0001:values.Max()|};
            }

            decimal E() => {|AIR0001:Grants.ToDictionary(g => g.Name, g => g.Cap).Values.Sum(Currency.EUR)|}.Amount;

            // a dictionary keyed by a selector alone holds the elements themselves (its value by any key is a yuan one)
            bool F() => {|AIR0001:Yuan.ToImmutableDictionary(m => m.Amount)[1m] > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Values_of_a_LINQ_built_dictionary_of_one_currency_or_unknown_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Grant(string Name, Money Cap);
        class Use
        {
            static readonly List<Money> Yuan = new() { Money.Cny(1m), Money.Cny(2m) };
            static readonly List<Money> Mixed = new() { Money.Cny(1m), Money.Usd(2m) };
            static readonly List<Grant> Grants = new() { new Grant("wuhan", Money.Cny(1m)), new Grant("austin", Money.Cny(1m)) };

            Money A() => Yuan.ToDictionary(m => m.Amount).Values.Max();
            Money B() => Mixed.ToDictionary(m => m.Amount, m => Money.Cny(m.Amount)).Values.Max();
            Money C() => Grants.ToDictionary(g => g.Name, g => g.Cap).Values.Max();
            Money D() => Mixed.Where(m => m.Currency == Currency.CNY).ToDictionary(m => m.Amount).Values.Max();
            decimal E() => Yuan.ToDictionary(m => m.Amount, m => m).Values.Sum(Currency.CNY).Amount;
        }
        """);
}
