using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// The member a property subpattern reads on a <c>foreach</c> variable picked by a type test (<c>foreach (var e in
    /// Seed.China()) if (e is Disbursed { Tranche: var tranche })</c>): what the creations of that type among the loop's
    /// elements give the member, as <c>Seed.China().OfType&lt;Disbursed&gt;()</c> reads it (<see cref="PickedByType"/>).
    /// Only for a sealed non-generic class and a loop variable of a plain <c>foreach</c> (never written); else null.
    /// </summary>
    private string? PickedLoopMember(IPropertySubpatternOperation subpattern, int depth, CancellationToken cancellationToken)
    {
        if (subpattern.Member is not IPropertyReferenceOperation { Property: { IsIndexer: false, IsStatic: false } member }
            || subpattern.Parent is not IRecursivePatternOperation { MatchedType: INamedTypeSymbol { TypeKind: TypeKind.Class, IsSealed: true, IsGenericType: false } picked } recursive
            || !IsOrDerivesFrom(picked, member.ContainingType)
            || MatchedInput(recursive)?.SkipConversions() is not ILocalReferenceOperation { Local: { DeclaringSyntaxReferences.Length: 1 } local }
            || subpattern.SemanticModel is not { } model
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not ForEachStatementSyntax declaration
            || declaration.SyntaxTree != model.SyntaxTree
            || model.GetOperation(declaration, cancellationToken) is not IForEachLoopOperation loop)
        {
            return null;
        }

        var filter = new ElementFilter(picked, null, TypeTestElement, "OfType", true);
        var kept = Filtering(filter.Then(t_filter), () => ElementsOf(loop.Collection, depth + 1, cancellationToken, Projection(member)));
        return kept.Code is { } code && !Currencies.IsNone(code) ? code : null;
    }
}
