using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A collection zipped with itself shifted by one (issue 12 §1): <c>rows.Zip(rows.Skip(1), (a, b) =&gt; b.Budget -
/// a.Budget)</c> meets every element with the next. When two of the elements are known in different currencies, some
/// element and the next differ (were every neighbour alike, all would be), and the step for them mixes currencies.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// The elements (or the member of the elements) that a LINQ <c>Zip(source.Skip(1), (a, b) =&gt; …)</c> of a collection
    /// with itself meets pairwise: <paramref name="zip"/>'s two sequences are the same array, list or immutable
    /// collection (a static field, a local or a parameter) without and with its first element, and its lambda combines
    /// or compares, in its returned value and on every call, its two parameters or one member of money of both
    /// (<c>b.Budget - a.Budget</c>), reading no currency and writing neither parameter. Null for anything else; the
    /// text of the step in <paramref name="what"/>. Cheap: names and shapes are tested before any flow.
    /// </summary>
    public Elements? ZippedNeighbours(IInvocationOperation zip, out string? what, CancellationToken cancellationToken)
    {
        what = null;
        if (zip is not { TargetMethod.Name: "Zip", Arguments.Length: 3 } || !CallSource.IsLinq(zip.TargetMethod.ContainingType)
            || zip.Arguments[1].Value.SkipConversions() is not IInvocationOperation { TargetMethod.Name: "Skip", Arguments.Length: 2 } skip
            || !CallSource.IsLinq(skip.TargetMethod.ContainingType)
            || skip.Arguments[1].Value.ConstantValue is not { HasValue: true, Value: 1 }
            || zip.Arguments[0].Value.SkipConversions() is not { } first || skip.Arguments[0].Value.SkipConversions() is not { } shifted
            || !SameHeldCollection(first, shifted)
            || zip.Arguments[2].Value.SkipConversions() is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol.Parameters.Length: 2 } lambda })
        {
            return null;
        }

        var left = lambda.Symbol.Parameters[0];
        var right = lambda.Symbol.Parameters[1];
        IPropertySymbol? member = null;
        bool found = false;
        foreach (var descendant in lambda.Body.Descendants())
        {
            if (descendant is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return null;
            }

            if (CurrencyGuards.CurrencyReadOf(descendant, _types) is not null)
            {
                // the step may handle a mismatch itself
                return null;
            }

            foreach (var written in WrittenParameters(descendant))
            {
                if (SymbolEqualityComparer.Default.Equals(written, left) || SymbolEqualityComparer.Default.Equals(written, right))
                {
                    return null;
                }
            }

            if (found || Combined(descendant, genericMath: false) is not { } combined || !RunsOnEveryCall(descendant, lambda.Body))
            {
                continue;
            }

            if (NeighbourRead(combined.Left, left, right) is { } one && NeighbourRead(combined.Right, left, right) is { } other
                && !SymbolEqualityComparer.Default.Equals(one.Parameter, other.Parameter)
                && SymbolEqualityComparer.Default.Equals(one.Member, other.Member))
            {
                member = one.Member;
                found = true;
                what = combined.Infix ? combined.Left.Syntax + " " + combined.What + " " + combined.Right.Syntax : combined.What;
            }
        }

        if (!found)
        {
            return null;
        }

        return member is null ? ElementsOf(first, cancellationToken) : MemberElementsOf(first, member, cancellationToken);
    }

    /// <summary>
    /// The lambda parameter an operand reads, itself when it is money (<c>b</c>, no member) or by one property of money
    /// (<c>b.Budget</c>, that member); else null.
    /// </summary>
    private (IParameterSymbol Parameter, IPropertySymbol? Member)? NeighbourRead(IOperation operand, IParameterSymbol left, IParameterSymbol right)
    {
        switch (operand.SkipConversions())
        {
            case IParameterReferenceOperation { Parameter: var parameter } when _types.IsMoney(parameter.Type)
                && (SymbolEqualityComparer.Default.Equals(parameter, left) || SymbolEqualityComparer.Default.Equals(parameter, right)):
                return (parameter, null);
            case IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } property, Instance: IParameterReferenceOperation { Parameter: var owner } }
                when _types.IsMoney(property.Type)
                    && (SymbolEqualityComparer.Default.Equals(owner, left) || SymbolEqualityComparer.Default.Equals(owner, right)):
                return (owner, property.OriginalDefinition);
            default:
                return null;
        }
    }

    /// <summary>
    /// Whether two reads give one materialized collection: the same static field, local or parameter, of an array or of a
    /// collection type of <c>System.Collections.Generic</c> or <c>System.Collections.Immutable</c> (read twice, it gives the
    /// same elements in the same order).
    /// </summary>
    private static bool SameHeldCollection(IOperation first, IOperation second)
    {
        var (a, b) = (first switch
        {
            IFieldReferenceOperation { Field: { IsStatic: true } field, Instance: null } => (ISymbol)field,
            ILocalReferenceOperation { Local: { IsRef: false } local } => local,
            IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } => parameter,
            _ => null,
        }, second switch
        {
            IFieldReferenceOperation { Field: { IsStatic: true } field, Instance: null } => (ISymbol)field,
            ILocalReferenceOperation { Local: { IsRef: false } local } => local,
            IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } => parameter,
            _ => null,
        });
        return a is not null && SymbolEqualityComparer.Default.Equals(a, b)
            && (first.Type is IArrayTypeSymbol
                || first.Type is INamedTypeSymbol named && (CallSource.IsCollectionsGeneric(named) || CallSource.IsImmutable(named)));
    }
}
