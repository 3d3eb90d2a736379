using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A method of an object the flow sees created, handed as a method group to LINQ's <c>Where</c>, <c>Count</c> or
/// <c>LongCount</c> (<c>tranches.Where(BigInYuan.IsSatisfiedBy)</c>): the method is called with every element of the
/// source, so where its body compares its money parameter with a value the creation fixed (<see
/// cref="DefaultBodyPairsOf"/>: <c>candidate &gt;= floor</c>), an element known in another currency meets it.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// The filter call a method group is handed to, what the method does, and the two currencies that meet there (the
    /// fixed one first when the body names it first); else null. A group of a static method, of a method with other
    /// than one money parameter, or handed to anything else is not followed.
    /// </summary>
    public (IInvocationOperation Filter, string What, string First, string Second)? MethodGroupFilterMix(IMethodReferenceOperation reference, CancellationToken cancellationToken)
    {
        if (reference is not { Instance: { } receiver, Method: { IsStatic: false, Parameters.Length: 1 } method }
            || !_types.IsMoney(method.Parameters[0].Type)
            || reference.Parent is not IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "Where" or "Count" or "LongCount", IsStatic: true } target } filter } }
            || !CallSource.IsLinq(target.ContainingType) || filter.Arguments.Length != 2 || !ReferenceEquals(filter.Arguments[1].Value, reference.Parent)
            || ArgumentOfOrdinal(filter, 0) is not { } source)
        {
            return null;
        }

        foreach (var (ordinal, code, fixedFirst, what) in DefaultBodyPairsOf(method, receiver, FlowMode.Exact, cancellationToken))
        {
            if (ordinal == 0 && ElementsOf(source, cancellationToken).OtherThan(code) is { } other && other != code)
            {
                return (filter, method.Name + ": " + what, fixedFirst ? code : other, fixedFirst ? other : code);
            }
        }

        return null;
    }
}
