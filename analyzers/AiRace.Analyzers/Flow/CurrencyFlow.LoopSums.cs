using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// What a running total adds for each element of a loop (<c>foreach (var r in rows) total += r.Budget;</c>, or the
    /// body of <c>Parallel.ForEach(rows, r =&gt; { lock (gate) total += r.Budget; })</c>): the member's currencies across
    /// the loop's collection. Only when the addition runs once for every element: its statement sits in the loop's body
    /// (through blocks and <c>lock</c>s only), the body has no <c>continue</c>, <c>break</c>, <c>return</c> or
    /// <c>throw</c> of its own (nor a <c>ParallelLoopState</c> call), and writes neither the loop variable nor the member;
    /// else null.
    /// </summary>
    public Elements? LoopSumElements(ICompoundAssignmentOperation compound, CancellationToken cancellationToken)
    {
        if (compound.Value.SkipConversions() is not IPropertyReferenceOperation { Property: { IsIndexer: false, IsStatic: false } member, Instance: { } instance }
            || compound.Parent is not IExpressionStatementOperation statement)
        {
            return null;
        }

        ISymbol variable;
        switch (instance.SkipConversions())
        {
            case ILocalReferenceOperation local:
                variable = local.Local;
                break;
            case IParameterReferenceOperation parameter when parameter.Parameter.Ordinal == 0:
                variable = parameter.Parameter;
                break;
            default:
                return null;
        }

        IOperation current = statement;
        for (var parent = current.Parent; parent is not null; current = parent, parent = parent.Parent)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (parent is IBlockOperation || parent is ILockOperation held && held.Body == current)
            {
                continue;
            }

            if (parent is IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation { Symbol: var declared } } loop && loop.Body == current)
            {
                return SymbolEqualityComparer.Default.Equals(declared, variable) && RunsForEach(loop.Body, variable, member, skipImplicitReturn: false, cancellationToken)
                    ? MemberElementsOf(loop.Collection, member, cancellationToken)
                    : null;
            }

            if (parent is IAnonymousFunctionOperation lambda && lambda.Body == current)
            {
                return SymbolEqualityComparer.Default.Equals(lambda.Symbol, variable.ContainingSymbol) && ParallelSource(lambda) is { } source
                    && IsElementOf(((IParameterSymbol)variable).Type, source.SkipConversions()?.Type)
                    && RunsForEach(lambda.Body, variable, member, skipImplicitReturn: true, cancellationToken)
                    ? MemberElementsOf(source, member, cancellationToken)
                    : null;
            }

            return null;
        }

        return null;
    }

    /// <summary>The source of <c>Parallel.ForEach(source, element =&gt; …)</c> (or <c>ForEachAsync</c>) whose body is the lambda; else null.</summary>
    private static IOperation? ParallelSource(IAnonymousFunctionOperation lambda)
    {
        var around = lambda.Parent is IDelegateCreationOperation creation ? creation.Parent : lambda.Parent;
        if (around is not IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "ForEach" or "ForEachAsync", IsStatic: true } method } invocation } body
            || method.ContainingType is not { Name: "Parallel", ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } }
            || body.Parameter is not { Name: "body" })
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { Ordinal: 0, Name: "source" })
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>Whether a loop's body runs to its end for every element: no jump out of it, no call given the element that
    /// may throw (<see cref="MayThrow"/>: a guard that stops the loop at an element in another currency), and neither the
    /// loop variable nor the member read is written in it.</summary>
    private bool RunsForEach(IOperation body, ISymbol variable, IPropertySymbol member, bool skipImplicitReturn, CancellationToken cancellationToken)
    {
        foreach (var inner in body.Descendants())
        {
            switch (inner)
            {
                case IInvocationOperation { TargetMethod: var called } when ReadsVariable(inner, variable) && MayThrow(called, 0, cancellationToken):
                case IObjectCreationOperation { Constructor: { } made } when ReadsVariable(inner, variable) && MayThrow(made, 0, cancellationToken):
                    return false;
                case IReturnOperation { IsImplicit: true } when skipImplicitReturn:
                    continue;
                case IBranchOperation or IReturnOperation or IThrowOperation:
                case IInvocationOperation { TargetMethod.ContainingType.Name: "ParallelLoopState" }:
                    // a loop state's Stop or Break may leave later elements out
                    return false;
                case IAssignmentOperation { Target: var target }:
                    if (target is IPropertyReferenceOperation { Property: var written } && SymbolEqualityComparer.Default.Equals(written.OriginalDefinition, member.OriginalDefinition)
                        || target is ILocalReferenceOperation { Local: var local } && SymbolEqualityComparer.Default.Equals(local, variable)
                        || target is IParameterReferenceOperation { Parameter: var parameter } && SymbolEqualityComparer.Default.Equals(parameter, variable))
                    {
                        return false;
                    }

                    continue;
            }
        }

        return true;
    }

    /// <summary>Whether an operation reads a loop's variable (the element, or a member of it).</summary>
    private static bool ReadsVariable(IOperation operation, ISymbol variable)
    {
        foreach (var inner in operation.Descendants())
        {
            if (inner is ILocalReferenceOperation { Local: var local } && SymbolEqualityComparer.Default.Equals(local, variable)
                || inner is IParameterReferenceOperation { Parameter: var parameter } && SymbolEqualityComparer.Default.Equals(parameter, variable))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a method called with a loop's element may throw for it: a helper of the code whose body (or a method of the
    /// code it calls, a few calls deep) throws, or whose body is not seen (virtual, abstract, partial, a delegate), or a
    /// throw helper of an exception type (<c>ArgumentException.ThrowIfNullOrEmpty</c>). Money's own members do not count:
    /// they are what the element is read with.
    /// </summary>
    private bool MayThrow(IMethodSymbol method, int depth, CancellationToken cancellationToken)
    {
        var called = method.ReducedFrom ?? method;
        if (called.IsOn(_types.Money))
        {
            return false;
        }

        if (called.MethodKind == MethodKind.DelegateInvoke)
        {
            return true;
        }

        for (var type = called.ContainingType; type is not null; type = type.BaseType)
        {
            if (type is { Name: "Exception", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        if (!_search.IsOwn(called.OriginalDefinition))
        {
            return false;
        }

        var definition = called.OriginalDefinition;
        if (depth > 2 || !CanFollowBody(definition) || BodyOf(definition, cancellationToken) is not { } body)
        {
            return true;
        }

        var model = _search.ModelOf(body.SyntaxTree);
        foreach (var node in body.DescendantNodesAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (node)
            {
                case Microsoft.CodeAnalysis.CSharp.Syntax.ThrowStatementSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.ThrowExpressionSyntax:
                    return true;
                case Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.BaseObjectCreationExpressionSyntax:
                    if (model.GetSymbolInfo(node, cancellationToken).Symbol is IMethodSymbol inner && MayThrow(inner, depth + 1, cancellationToken))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }
}
