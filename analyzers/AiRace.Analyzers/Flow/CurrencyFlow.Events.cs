using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// The parameter of a lambda attached to an event with <c>+=</c> (<c>importer.Imported += amount =&gt; …</c>): the
/// handler runs only when the event is raised, and a field-like event can only be raised by the type that declares it.
/// When every use of the event in that type is a subscription or a raise (<c>Imported?.Invoke(m)</c>, <c>Imported(m)</c>),
/// the parameter holds what every raise passes at its position. An event of another assembly, one with its own
/// accessors, a virtual, abstract or overriding one, one whose delegate is read any other way (copied, handed on,
/// <c>GetInvocationList</c>), or one never raised, tells nothing. A delegate that takes two amounts holds, at each
/// position, what every raise passes there: a handler comparing a pair that every raise passes in two currencies mixes
/// them.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private FactCache<string?[]>? _eventRaises;

    private FactCache<string?[]> EventRaises => _eventRaises ??= Facts<string?[]>((s, c) => ComputeEventRaises((IEventSymbol)s, c), System.Array.Empty<string?>(), System.Array.Empty<string?>());

    /// <summary>
    /// The currency of a parameter of a lambda that <paramref name="function"/> is, when the lambda is attached to an
    /// event by <c>+=</c> and every raise of the event passes one currency at the parameter's position; else null.
    /// </summary>
    private string? EventHandlerParameter(IParameterSymbol parameter, IOperation? function, CancellationToken cancellationToken)
    {
        if (function is not IAnonymousFunctionOperation lambda
            || lambda.Parent is not IDelegateCreationOperation { Parent: IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation { Event: { } handled } } })
        {
            return null;
        }

        var raised = EventRaises.Get(handled.OriginalDefinition, cancellationToken);
        string? code = parameter.Ordinal < raised.Length ? raised[parameter.Ordinal] : null;
        return code is null || Currencies.IsNone(code) || WritesParameter(lambda, parameter) ? null : code;
    }

    /// <summary>
    /// For each parameter of an event's delegate, the currency every raise of the event passes there (null where not
    /// certain); empty when some use of the event is neither a subscription nor a raise, or the event cannot be followed.
    /// </summary>
    private string?[] ComputeEventRaises(IEventSymbol handled, CancellationToken cancellationToken)
    {
        var none = System.Array.Empty<string?>();
        if (handled.IsVirtual || handled.IsAbstract || handled.IsOverride || handled.IsExtern
            || handled.ContainingType is not { TypeKind: TypeKind.Class or TypeKind.Struct } declaring
            || handled.Type is not INamedTypeSymbol { DelegateInvokeMethod: { Parameters.Length: > 0 } invoke }
            || handled.DeclaringSyntaxReferences.Length != 1 || !_search.IsOwn(handled) || !_search.IsOwn(declaring)
            || handled.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax)
        {
            // a field-like event is declared by a variable declarator; one with add and remove accessors keeps its
            // handlers elsewhere
            return none;
        }

        var codes = new string?[invoke.Parameters.Length];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = Currencies.None;
        }

        bool raisedOnce = false;
        foreach (var typeReference in declaring.DeclaringSyntaxReferences)
        {
            var scope = typeReference.GetSyntax(cancellationToken);
            var model = _search.ModelOf(scope.SyntaxTree);
            foreach (var token in _search.Identifiers(handled.Name, scope, cancellationToken))
            {
                if (token.Parent is not IdentifierNameSyntax name)
                {
                    continue;
                }

                SyntaxNode node = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
                var operation = model.GetOperation(node, cancellationToken);
                if (operation is not IEventReferenceOperation reference)
                {
                    // another symbol of the same name is no use of the event; a use the flow cannot read is
                    if (operation is null && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(node, cancellationToken).Symbol?.OriginalDefinition, handled))
                    {
                        return none;
                    }

                    if (operation is not null && operation is not IEventReferenceOperation && IsUseOf(operation, handled))
                    {
                        return none;
                    }

                    continue;
                }

                if (!SymbolEqualityComparer.Default.Equals(reference.Event.OriginalDefinition, handled))
                {
                    continue;
                }

                if (reference.Parent is IEventAssignmentOperation subscription && subscription.EventReference == reference)
                {
                    continue;
                }

                if (RaiseOf(reference) is not { } raise)
                {
                    return none;
                }

                raisedOnce = true;
                foreach (var argument in raise.Arguments)
                {
                    if (argument.Parameter is not { } given || given.Ordinal >= codes.Length || codes[given.Ordinal] is null)
                    {
                        continue;
                    }

                    codes[given.Ordinal] = _types.IsMoney(given.Type) || _types.IsCurrency(given.Type)
                        ? Currencies.Join(codes[given.Ordinal], Value(argument.Value, 0, FlowMode.Exact, cancellationToken))
                        : null;
                }
            }
        }

        return raisedOnce ? codes : none;
    }

    /// <summary>Whether an operation that is not an event reference stands for the event (a field reference to its backing field).</summary>
    private static bool IsUseOf(IOperation operation, IEventSymbol handled) =>
        operation is IFieldReferenceOperation { Field.AssociatedSymbol: { } associated } && SymbolEqualityComparer.Default.Equals(associated.OriginalDefinition, handled);

    /// <summary>The call that invokes an event's delegate where it is read: <c>E(…)</c>, <c>E.Invoke(…)</c>, <c>E?.Invoke(…)</c>; else null.</summary>
    private static IInvocationOperation? RaiseOf(IEventReferenceOperation reference)
    {
        switch (reference.Parent)
        {
            case IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke } direct when direct.Instance == reference:
                return direct;
            case IConditionalAccessOperation access when access.Operation == reference:
                return access.WhenNotNull is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: IConditionalAccessInstanceOperation } conditional
                    ? conditional
                    : null;
            default:
                return null;
        }
    }
}
