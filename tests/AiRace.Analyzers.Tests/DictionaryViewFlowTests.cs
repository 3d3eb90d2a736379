using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through read-only views of a dictionary (<c>new ReadOnlyDictionary&lt;K, Money&gt;(d)</c>,
/// <c>d.AsReadOnly()</c>): a view is not a copy, so it sees every write of the dictionary, made before or after it, by
/// key as a whole (<c>view["a"]</c>, <c>view.Values.Max()</c>), whether held in a field, a property (one that makes it on
/// each read too) or a local; so does the live view <c>d.Values</c> held in a local only read; and the values of a
/// dictionary LINQ builds (<c>xs.ToDictionary(key)</c>, <c>xs.ToDictionary(key, m =&gt; m)</c>) are what its element selector returns from the
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

    // Dictionary<K, V>.Values is a live view too: a local only read and made with it has the values of the dictionary
    // where it is read, with every write of it before or after the local is made (an Add never replaces a value)
    [Fact]
    public Task Values_held_in_a_local_show_the_dictionarys_writes_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                var values = caps.Values;
                caps.Add("austin", Money.Usd(1m));
                return {|AIR0001:values.Max()|};
            }

            Money B()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                caps.Add("austin", Money.Usd(1m));
                var values = caps.Values;
                return {|AIR0001:values.Max()|};
            }

            Money C()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                var values = caps.AsReadOnly().Values;
                caps.Add("austin", Money.Usd(1m));
                return {|AIR0001:values.Min()|};
            }

            Money D()
            {
                var caps = new Dictionary<string, Money>();
                var values = caps.Values;
                caps["wuhan"] = Money.Cny(1m);
                caps["austin"] = Money.Usd(1m);
                return {|AIR0001:values.Max()|};
            }
        }
        """);

    // a removal, a clear or a new dictionary assigned (the local then still shows the old one) may leave one currency,
    // as they do for caps.Values; a local written again may show another dictionary
    [Fact]
    public Task Values_held_in_a_local_after_a_removal_or_a_replacement_or_written_again_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                var values = caps.Values;
                caps.Remove("wuhan");
                caps["austin"] = Money.Usd(1m);
                return values.Max();
            }

            Money B()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                var values = caps.Values;
                caps.Clear();
                caps["austin"] = Money.Usd(1m);
                return values.Max();
            }

            Money C()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                var values = caps.Values;
                caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(2m) };
                caps["austin"] = Money.Usd(1m);
                return values.Max();
            }

            Money D(bool other)
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m), ["austin"] = Money.Usd(1m) };
                var values = caps.Values;
                if (other)
                {
                    values = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) }.Values;
                }

                return values.Max();
            }

            Money E()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                var values = caps.Values;
                var result = values.Max();
                caps["austin"] = Money.Usd(1m);
                return result;
            }

            Money F()
            {
                var caps = new Dictionary<string, Money>();
                var values = caps.Values;
                caps["wuhan"] = Money.Cny(1m);
                var first = values.Max();
                caps["austin"] = Money.Usd(1m);
                return first;
            }

            Money G()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                var values = caps.Values;
                caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(2m) };
                caps.Add("austin", Money.Usd(1m));
                return values.Max();
            }

            Money H()
            {
                var caps = new Dictionary<string, Money>();
                var values = caps.Values;
                caps = new Dictionary<string, Money>();
                caps["wuhan"] = Money.Cny(1m);
                caps["austin"] = Money.Usd(1m);
                return values.Max();
            }
        }
        """);

    // a non-virtual property that makes a view on each read (=> Caps.AsReadOnly()) shows Caps as one that holds it does
    [Fact]
    public Task A_view_made_by_an_expression_bodied_property_shows_the_dictionary_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Collections.ObjectModel;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            private static readonly Dictionary<string, Money> Caps = new();
            private static IReadOnlyDictionary<string, Money> View => Caps.AsReadOnly();
            private static ReadOnlyDictionary<string, Money> Wrapped => new(Caps);
            static void Fill()
            {
                Caps["wuhan"] = Money.Cny(1m);
                Caps["austin"] = Money.Usd(1m);
            }

            static Money Largest() => {|AIR0001:View.Values.Max()|};

            static Money Smallest() => {|AIR0001:Wrapped.Values.Min()|};
        }
        """);

    // the property's view of a dictionary of one currency, or of one written unseen, or a virtual property: not known to mix
    [Fact]
    public Task A_view_made_by_a_property_of_one_currency_or_virtual_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            private static readonly Dictionary<string, Money> Caps = new();
            private readonly Dictionary<string, Money> _mixed = new() { ["wuhan"] = Money.Cny(1m), ["austin"] = Money.Usd(1m) };
            private static IReadOnlyDictionary<string, Money> View => Caps.AsReadOnly();
            public Dictionary<string, Money> Open { get; } = new();
            private IReadOnlyDictionary<string, Money> OpenView => Open.AsReadOnly();
            protected virtual IReadOnlyDictionary<string, Money> Mixed => _mixed.AsReadOnly();
            static void Fill()
            {
                Caps["wuhan"] = Money.Cny(1m);
                Caps["shanghai"] = Money.Cny(2m);
            }

            static Money Largest() => View.Values.Max();

            Money OpenLargest() => OpenView.Values.Max();

            Money Any() => Mixed.Values.Max();
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
