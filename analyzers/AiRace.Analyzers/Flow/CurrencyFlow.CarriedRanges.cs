using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A range variable a query carries in the anonymous objects of its <c>SelectMany</c>, <c>Join</c> or <c>Select</c>
/// (<c>from a in awards from cap in caps where a.Amount &gt; cap.Value</c>): money, or a pair whose value is money, of the
/// sequence it ranges over, as the elements of that sequence are. After three clauses or more the compiler nests the
/// objects (<c>from d in dollars from n in names join cap in caps on n equals cap.Key</c> reads <c>d</c> as
/// <c>x.t.d</c>): the outer object's member stands for the elements of the sequence that made the inner objects.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>The currency every element of the sequence a carried range variable of money (or of pairs of money)
    /// ranges over has (<see cref="CarriedSource"/>, <see cref="NestedCarriedSource"/>); else null.</summary>
    private string? CarriedRangeValue(IOperation? instance, IPropertySymbol member, int depth, CancellationToken cancellationToken) =>
        (_types.IsMoney(member.Type) || CallSource.IsPairOfMoney(member.Type, _types))
        && (instance.SkipConversions() is IParameterReferenceOperation carrier ? CarriedSource(carrier, member, depth + 1) : NestedCarriedSource(instance, member, depth + 1)) is { } source
            ? Currencies.Known(ElementsOf(source, depth + 1, cancellationToken).Code)
            : null;

    /// <summary>
    /// The sequence a member of a nested carried object stands for (<c>d</c> of <c>x.t</c>, where <c>t</c> is itself a
    /// carried object): the objects <c>x.t</c> stands for are the elements of a sequence (<see cref="CarriedSource"/>),
    /// made by a <c>Select</c>'s, <c>Join</c>'s or <c>SelectMany</c>'s selector, whose object gives <c>d</c> a parameter
    /// of that selector bound to the elements of a sequence; else null.
    /// </summary>
    private IOperation? NestedCarriedSource(IOperation? instance, IPropertySymbol member, int depth)
    {
        if (depth > MaxDepth || instance.SkipConversions() is not IPropertyReferenceOperation { Property: { ContainingType.IsAnonymousType: true } outerMember, Instance: { } outerInstance })
        {
            return null;
        }

        var objects = outerInstance.SkipConversions() is IParameterReferenceOperation carrier
            ? CarriedSource(carrier, outerMember, depth + 1)
            : NestedCarriedSource(outerInstance, outerMember, depth + 1);
        return CarriedSourceIn(objects, member, depth);
    }
}
