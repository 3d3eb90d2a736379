using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// An <c>out</c> parameter written from a money parameter (<c>SplitReserve(Money total, Share share, out Money reserve)</c>
/// with <c>reserve = total * share</c>): as for a function whose returns have its argument's currency
/// (<see cref="FromArgumentReturn(IInvocationOperation, int, FlowMode, CancellationToken)"/>), the money parameter is
/// bound to a stand-in and the out parameter's writes are worked out; when every write has the stand-in, the local a
/// call's <c>out</c> argument fills has the currency of the argument given for that parameter.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private FactCache<ReturnedParameter>? _outArguments;

    // the parameter whose argument's currency every write of an out parameter has
    private FactCache<ReturnedParameter> OutArguments => _outArguments ??= Facts<ReturnedParameter>((s, c) => ComputeOutArgument((IParameterSymbol)s, c), ReturnedParameter.None, ReturnedParameter.None);

    /// <summary>The currency an <c>out</c> argument of a call of a method of the compilation receives from the argument
    /// given for the money parameter every write of the out parameter takes its currency from; else null.</summary>
    private string? OutFromArgument(IArgumentOperation argument, IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        if (argument.Parent is not IInvocationOperation invocation || parameter.RefKind != RefKind.Out || !_types.IsMoney(parameter.Type))
        {
            return null;
        }

        int position = OutArguments.Get(parameter.OriginalDefinition, cancellationToken).Ordinal;
        return position >= 0 ? ArgumentFor(invocation.TargetMethod, invocation.Instance, invocation.Arguments, position, 0, FlowMode.Exact, cancellationToken) : null;
    }

    /// <summary>
    /// The position of the money parameter (taken by value or <c>in</c>, not <c>params</c>, not annotated, never written)
    /// whose currency every write of an <c>out</c> parameter has in its method's body; <see cref="ReturnedParameter.None"/>
    /// for a method the flow cannot follow, or none.
    /// </summary>
    private ReturnedParameter ComputeOutArgument(IParameterSymbol outParameter, CancellationToken cancellationToken)
    {
        if (outParameter.ContainingSymbol is not IMethodSymbol method || !CanFollowBody(method) || !_search.IsOwn(method) || method.IsAsync
            || BodyOf(method, cancellationToken) is not { } body || method.DeclaringSyntaxReferences.Length != 1)
        {
            return ReturnedParameter.None;
        }

        var bindings = t_bindings ??= new System.Collections.Generic.List<Binding>();
        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var model = _search.ModelOf(body.SyntaxTree);
        int tried = 0;
        foreach (var parameter in method.Parameters)
        {
            if (bindings.Count >= MaxBindings)
            {
                break;
            }

            if (parameter.RefKind is not (RefKind.None or RefKind.In or RefKind.RefReadOnlyParameter) || parameter.IsParams || !_types.IsMoney(parameter.Type)
                || Declared(parameter) is not null || IsWrittenIn(declaration, parameter.Name, false, cancellationToken))
            {
                continue;
            }

            if (++tried > MaxCandidates)
            {
                break;
            }

            var binding = new Binding(method, parameter, parameter.Ordinal, NewSentinel(), provesReturn: false);
            var inProgress = InProgress.Current;
            binding.Index = inProgress.Count;
            int saved = inProgress.Enter(BindingsInProgress, method);
            bindings.Add(binding);
            string? code;
            try
            {
                code = WritesIn(body, outParameter, model, cancellationToken);
            }
            finally
            {
                bindings.RemoveAt(bindings.Count - 1);
                inProgress.Leave(saved);
            }

            if (code == binding.Sentinel)
            {
                return new ReturnedParameter(parameter.Ordinal);
            }
        }

        return ReturnedParameter.None;
    }
}
