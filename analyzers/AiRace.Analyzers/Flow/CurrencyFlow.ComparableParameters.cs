using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A generic method of the code whose two parameters are of its own type parameter constrained to compare with itself
/// (<c>T Larger&lt;T&gt;(T a, T b) where T : IComparable&lt;T&gt; =&gt; a.CompareTo(b) &gt;= 0 ? a : b</c>): called with
/// money, <c>a.CompareTo(b)</c> is Money's <c>CompareTo</c>, which throws on two currencies, so the pair is checked at
/// each call as for a parameter of generic math (<c>Larger(yuan, dollars)</c>).
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary><c>System.IComparable&lt;T&gt;</c> of the type parameter itself.</summary>
    private static bool IsSelfComparable(ITypeSymbol constraint, ITypeParameterSymbol type) =>
        constraint is INamedTypeSymbol { Name: "IComparable", TypeArguments.Length: 1, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } comparable
        && SymbolEqualityComparer.Default.Equals(comparable.TypeArguments[0], type);

    /// <summary><c>a.CompareTo(b)</c> called through <c>IComparable&lt;T&gt;</c> on a value of a type parameter: the two
    /// values compared; else null.</summary>
    private static (IOperation Left, IOperation Right, string What, bool Infix)? ComparedThroughInterface(IInvocationOperation invocation) =>
        invocation is { TargetMethod: { Name: "CompareTo", IsStatic: false, Parameters.Length: 1, ContainingType: { } holder }, Instance: { Type: ITypeParameterSymbol type } instance, Arguments.Length: 1 }
        && IsSelfComparable(holder, type)
            ? (instance, invocation.Arguments[0].Value, "CompareTo", false)
            : null;
}
