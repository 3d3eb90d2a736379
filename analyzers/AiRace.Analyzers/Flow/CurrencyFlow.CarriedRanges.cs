using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A range variable a query carries in the anonymous objects of its <c>SelectMany</c>, <c>Join</c> or <c>Select</c>
/// (<c>from a in awards from cap in caps where a.Amount &gt; cap.Value</c>): money, or a pair whose value is money, of the
/// sequence it ranges over, as the elements of that sequence are.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>The currency every element of the sequence a carried range variable of money (or of pairs of money)
    /// ranges over has (<see cref="CarriedSource"/>); else null.</summary>
    private string? CarriedRangeValue(IOperation? instance, IPropertySymbol member, int depth, CancellationToken cancellationToken) =>
        (_types.IsMoney(member.Type) || CallSource.IsPairOfMoney(member.Type, _types))
        && instance.SkipConversions() is IParameterReferenceOperation carrier
        && CarriedSource(carrier, member, depth + 1) is { } source
            ? Currencies.Known(ElementsOf(source, depth + 1, cancellationToken).Code)
            : null;
}
