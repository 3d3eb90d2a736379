using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Second review of AIR0001 through dictionary views (merge 66e2ab7): cases where the dictionary's writes are known and
/// its values surely hold two currencies when read, yet the read through a live view of it is not reported.
/// </summary>
public class ReviewDictionaryFlow2Tests
{
    // Fault (miss): Dictionary<K, V>.Values is a live view of the dictionary, like the ReadOnlyDictionary/AsReadOnly views
    // the merge follows, yet a local holding it is never followed: not when the dictionary is written after the local is
    // made (A), nor even when every write comes before it (B), while caps.Values.Max() itself is reported in both. An
    // Add never replaces a value (it throws on a key held), so the yuan of the initializer and the dollars added are
    // both there when values.Max() runs. Right: values.Max() is reported as caps.Values.Max() is (a local only read,
    // initialized with caps.Values, read by the keys and writes of caps, before or after it is made).
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
        }
        """);

    // Fault (miss, doc mismatch): AIR0001.md says a read-only view of a dictionary "in a field, property or local only
    // read, or made right where it is read" has the keys of the dictionary it shows. A get-only auto property holding
    // Caps.AsReadOnly() and Caps.AsReadOnly() made where it is read are both reported, but an expression-bodied property
    // that makes the same view on each read (=> Caps.AsReadOnly()) is silent: ComputeKeyed sends it to Fresh, where
    // AddCreated does not take a view, so its keys are unknown. Right: View.Values.Max() is reported like
    // Caps.AsReadOnly().Values.Max(), the view's keys being those of Caps (or the doc says such a property is not followed).
    [Fact]
    public Task A_view_made_by_an_expression_bodied_property_shows_the_dictionary_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            private static readonly Dictionary<string, Money> Caps = new();
            private static IReadOnlyDictionary<string, Money> View => Caps.AsReadOnly();
            static void Fill()
            {
                Caps["wuhan"] = Money.Cny(1m);
                Caps["austin"] = Money.Usd(1m);
            }

            static Money Largest() => {|AIR0001:View.Values.Max()|};
        }
        """);
}
