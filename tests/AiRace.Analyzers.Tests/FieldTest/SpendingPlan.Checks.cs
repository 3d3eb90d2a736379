using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using Northwind.Compute.Model;

namespace Northwind.Compute.Data;

/// <summary>Checks on the plan, in another file of the partial class.</summary>
public partial class SpendingPlan
{
    /// <summary>Whether the committed total passes the board's threshold.</summary>
    public bool IsLarge() => _committed > Thresholds.LargeProgramme; // expect: AIR0001

    /// <summary>Whether the plan is above the provincial floor.</summary>
    public bool AboveFloor() => _committed >= Thresholds.ProvincialFloor; // clean: both yuan

    /// <summary>The largest line.</summary>
    public Money Largest() => _lines.Max(); // clean: the lines are all yuan

    /// <summary>Whether any line is above a dollar limit.</summary>
    public bool AnyAbove(decimal dollars) => _lines.Any(l => l > Money.Usd(dollars)); // expect: AIR0001, AIR0010

    /// <summary>The total in the plan's own currency.</summary>
    public Money Total() => _lines.Sum(Currency.CNY); // clean: the stated currency is the lines' one

    /// <summary>The total as the board wants it (a bug: the lines are yuan).</summary>
    public Money BoardTotal() => _lines.Sum(Currency.USD); // expect: AIR0001

    /// <summary>The lines in order.</summary>
    public IReadOnlyList<Money> Sorted()
    {
        var copy = new List<Money>(_lines);
        copy.Sort(); // clean: one currency
        return copy;
    }
}
