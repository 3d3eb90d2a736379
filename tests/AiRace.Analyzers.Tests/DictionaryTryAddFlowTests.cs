using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through a dictionary's <c>TryAdd(key, value)</c>, which adds the value only when the key is not there yet: a
/// constant key the dictionary surely holds already (written by its initializer, or by an earlier statement of the same
/// block, with nothing that may remove it) adds nothing; a key no other write may have put adds the value; any other
/// <c>TryAdd</c> may or may not add it, so its value is among those the dictionary may hold but is not known to mix
/// with the others.
/// </summary>
public class DictionaryTryAddFlowTests
{
    [Fact]
    public Task TryAdd_of_a_key_held_already_adds_nothing_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            private static readonly Dictionary<string, Money> Caps = new() { ["wuhan"] = Money.Cny(1m) };
            static void Fill() => Caps.TryAdd("wuhan", Money.Usd(1m));
            static Money Largest() => Caps.Values.Max();

            Money A()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                caps.TryAdd("wuhan", Money.Usd(1m));
                return caps.Values.Max();
            }

            Money B()
            {
                var caps = new ConcurrentDictionary<string, Money>();
                caps.TryAdd("wuhan", Money.Cny(1m));
                caps.TryAdd("wuhan", Money.Usd(1m));
                return caps.Values.Min();
            }

            Money C()
            {
                var caps = new Dictionary<string, Money>();
                caps.Add("wuhan", Money.Cny(1m));
                caps.TryAdd("wuhan", Money.Usd(1m));
                return caps.Values.Max();
            }
        }
        """);

    [Fact]
    public Task TryAdd_that_may_find_its_key_is_not_known_to_mix_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A(bool early)
            {
                var caps = new Dictionary<string, Money>();
                if (early)
                {
                    caps.Add("wuhan", Money.Cny(1m));
                }

                caps.TryAdd("wuhan", Money.Usd(1m));
                caps.Add("shanghai", Money.Cny(2m));
                return caps.Values.Max();
            }

            Money B(string city)
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                caps.TryAdd(city, Money.Usd(1m));
                return caps.Values.Max();
            }

            Money C(Dictionary<string, Money> other)
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                caps.Remove("wuhan");
                caps.TryAdd("wuhan", Money.Usd(1m));
                return caps["wuhan"] > Money.Usd(2m) ? caps["wuhan"] : other["wuhan"];
            }
        }
        """);

    [Fact]
    public Task TryAdd_of_a_new_key_adds_and_of_a_held_key_keeps_the_old_value_Reports() => Files.Verify(
        """
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            private static readonly Dictionary<string, Money> Caps = new() { ["wuhan"] = Money.Cny(1m) };
            static void Fill() => Caps.TryAdd("wuhan", Money.Usd(1m));
            static bool Wuhan() => {|AIR0001:Caps["wuhan"] > Money.Usd(1m)|};

            Money A()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                caps.TryAdd("austin", Money.Usd(1m));
                return {|AIR0001:caps.Values.Max()|};
            }

            bool B()
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                caps.TryAdd("wuhan", Money.Usd(1m));
                return {|AIR0001:caps["wuhan"] > Money.Usd(1m)|};
            }

            bool C()
            {
                var caps = new ConcurrentDictionary<string, Money>();
                caps.TryAdd("wuhan", Money.Cny(1m));
                caps.TryAdd("wuhan", Money.Usd(1m));
                return {|AIR0001:caps["wuhan"] > Money.Usd(1m)|};
            }

            decimal D(string city)
            {
                var caps = new Dictionary<string, Money> { ["wuhan"] = Money.Cny(1m) };
                caps.TryAdd(city, Money.Cny(2m));
                return {|AIR0001:caps.Values.Sum(Currency.USD)|}.Amount;
            }
        }
        """);

    // under StringComparer.OrdinalIgnoreCase "Wuhan" and "wuhan" are one key: the key is surely held, the TryAdd adds
    // nothing and caps["WUHAN"] keeps its yuan (held keys are compared under the dictionary's comparer, as a read's are)
    [Fact]
    public Task TryAdd_of_a_key_held_in_another_case_under_an_ignore_case_comparer_adds_nothing_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Use
        {
            bool A()
            {
                var caps = new Dictionary<string, Money>(StringComparer.OrdinalIgnoreCase) { ["Wuhan"] = Money.Cny(1m) };
                caps.TryAdd("wuhan", Money.Usd(1m));
                return {|AIR0001:caps["WUHAN"] > Money.Usd(1m)|};
            }

            bool B()
            {
                var caps = new Dictionary<string, Money>(StringComparer.OrdinalIgnoreCase);
                caps.Add("Wuhan", Money.Cny(1m));
                caps.TryAdd("wuhan", Money.Usd(1m));
                return {|AIR0001:caps["WUHAN"] > Money.Usd(1m)|};
            }
        }
        """);

    // a goto from before the Add to a label between it and the TryAdd skips the Add: the key is not surely held (when skip
    // is true the TryAdd adds the dollars, and only then is the comparison made)
    [Fact]
    public Task TryAdd_after_a_label_a_goto_reaches_past_the_write_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Use
        {
            bool A(bool skip)
            {
                var caps = new Dictionary<string, Money>();
                if (skip) goto Late;
                caps.Add("wuhan", Money.Cny(1m));
                Late: ;
                caps.TryAdd("wuhan", Money.Usd(1m));
                return skip && caps["wuhan"] > Money.Usd(1m);
            }
        }
        """);

    // a TryAdd or Add with a key that is not constant adds under a new key or does nothing: it never replaces the yuan
    // under "wuhan" or the dollars under "austin", so both are surely held together
    [Fact]
    public Task TryAdd_or_Add_with_a_key_not_constant_replaces_nothing_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A(string key)
            {
                var caps = new Dictionary<string, Money>();
                caps["wuhan"] = Money.Cny(1m);
                caps["austin"] = Money.Usd(1m);
                caps.TryAdd(key, Money.Cny(2m));
                return {|AIR0001:caps.Values.Max()|};
            }

            Money B(string key)
            {
                var caps = new Dictionary<string, Money>();
                caps["wuhan"] = Money.Cny(1m);
                caps["austin"] = Money.Usd(1m);
                caps.Add(key, Money.Cny(2m));
                return {|AIR0001:caps.Values.Max()|};
            }
        }
        """);
}
