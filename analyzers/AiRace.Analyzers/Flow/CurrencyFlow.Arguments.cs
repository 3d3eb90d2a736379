using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A function whose result has its argument's currency (issue 12): <c>Money WithOverhead(Money m) =&gt; m * 1.15m</c>,
/// or the lambda of a delegate field or local the flow follows (<c>m =&gt; m * 1.15m</c>). A money parameter is bound to
/// a stand-in currency of its own and the function's returns are worked out by the flow as for any method; when every
/// return has the stand-in, a call's result has the currency of the argument given for that parameter. The stand-in
/// is given only to references of the function's own frame (its locals, lambdas and local functions), never to facts
/// about members or other calls of the function, which may hold another call's argument; a recursive call is taken to
/// keep the currency of its own argument (the hypothesis being proved), and every fact that leaned on the stand-in is
/// not kept.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>How many money parameters of one function are tried.</summary>
    private const int MaxCandidates = 4;

    /// <summary>How many functions may be bound at once on a thread (a function called in another one's returns).</summary>
    private const int MaxBindings = 8;

    // the key under which bound parameters stand in the thread's facts in progress
    private static readonly object BindingsInProgress = new();

    [ThreadStatic]
    private static List<Binding>? t_bindings;

    private static int s_sentinels;

    private FactCache<ReturnedParameter>? _argumentReturns;

    // the parameter whose argument's currency every return of a method has
    private FactCache<ReturnedParameter> ArgumentReturns => _argumentReturns ??= Facts<ReturnedParameter>((s, c) => ComputeArgumentReturn((IMethodSymbol)s, c), ReturnedParameter.None, ReturnedParameter.None);

    /// <summary>Whether a function is being bound on this thread (caches outside the facts must not keep what is worked out).</summary>
    private static bool BindingActive => t_bindings is { Count: > 0 };

    /// <summary>The currency of a call of a method of the compilation whose returns have the currency of one of its money parameters, or null.</summary>
    private string? FromArgumentReturn(IInvocationOperation invocation, int depth, FlowMode mode, CancellationToken cancellationToken) =>
        FromArgumentReturn(invocation.TargetMethod, invocation.Instance, invocation.Arguments, depth, mode, cancellationToken);

    /// <summary>
    /// The currency of a call of <paramref name="target"/> (a method, or the getter of an extension block's property)
    /// whose returns have the currency of one of its money parameters or of its receiver, or null.
    /// </summary>
    private string? FromArgumentReturn(IMethodSymbol target, IOperation? instance, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        var method = ExtensionBlocks.Member(target);
        if (BindingActive && BoundHypothesis(method, target, instance, arguments, depth, mode, cancellationToken, out string? hypothesis))
        {
            return hypothesis;
        }

        var returned = ArgumentReturns.Get(method, cancellationToken);
        if (returned.Ordinal >= 0)
        {
            return ArgumentFor(target, instance, arguments, returned.Ordinal, depth, mode, cancellationToken);
        }

        if (returned.Joint == 0)
        {
            return null;
        }

        // Pick(a, b, flag) returning a or b: the currency the arguments for all those parameters share
        string? code = Currencies.None;
        for (int position = 0, joint = returned.Joint; joint != 0; position++, joint >>= 1)
        {
            if ((joint & 1) != 0)
            {
                code = Currencies.Join(code, ArgumentFor(target, instance, arguments, position, depth, mode, cancellationToken));
                if (code is null)
                {
                    return null;
                }
            }
        }

        return Currencies.Known(code);
    }

    /// <summary>The lambda or method a delegate value always holds (its single value), or null.</summary>
    public IMethodSymbol? DelegateFunction(IOperation target, CancellationToken cancellationToken) =>
        HeldFunction(target, cancellationToken) switch
        {
            IAnonymousFunctionOperation function => function.Symbol,
            // an extension method's group (ledger.Book, or yuan.Plus of an extension block) passes its receiver first:
            // its parameters do not line up
            IMethodReferenceOperation { Method.IsExtensionMethod: false } reference when ExtensionBlocks.ReceiverOf(reference.Method) is null => reference.Method,
            _ => null,
        };

    /// <summary>What a delegate value always holds (its single value, past the delegate's creation): a lambda, a method
    /// reference, or another operation; null when it may hold several.</summary>
    private IOperation? HeldFunction(IOperation target, CancellationToken cancellationToken)
    {
        // pay?.Invoke(m): the delegate the conditional access reads
        if (target is IConditionalAccessInstanceOperation access && ReceiverOf(access) is { } receiver)
        {
            target = receiver;
        }

        // a field or property of any file of the compilation (static readonly Func<Money, Money> WithOverhead = m => …); a
        // delegate kept under a constant key of a local dictionary only ever called (ops["add"](a, b))
        if (target.SkipConversions() is IPropertyReferenceOperation { Property.IsIndexer: true, Instance: ILocalReferenceOperation dictionary, Arguments.Length: 1 } read)
        {
            return KeptUnderKey(read, dictionary, cancellationToken) is { } kept ? ValueFlow.HeldDelegate(kept, _singleValues, _search.OwnModelOf, FlowMode.Exact, cancellationToken) : null;
        }

        return ValueFlow.HeldDelegate(target, _singleValues, _search.OwnModelOf, FlowMode.Exact, cancellationToken);
    }

    /// <summary>
    /// The value a local <c>Dictionary</c> of delegates is created with under a constant key, read with that key, when
    /// the local's only value is that creation and every other use of it in its scope calls one of its values
    /// (<c>ops["add"](a, b)</c>): nothing can replace the value; else null.
    /// </summary>
    private IOperation? KeptUnderKey(IPropertyReferenceOperation read, ILocalReferenceOperation dictionary, CancellationToken cancellationToken)
    {
        var local = dictionary.Local;
        var key = read.Arguments[0].Value.ConstantValue;
        if (!key.HasValue || key.Value is null || local.Type is not INamedTypeSymbol { Name: "Dictionary", TypeArguments.Length: 2 } type || !CallSource.IsCollectionsGeneric(type)
            || type.TypeArguments[1].TypeKind != TypeKind.Delegate
            || ValueFlow.SingleValue(dictionary, null, _singleValues, FlowMode.Exact, cancellationToken)?.SkipConversions() is not IObjectCreationOperation { Initializer: { } initializer, Arguments.IsEmpty: true } creation
            || !SymbolEqualityComparer.Default.Equals(creation.Type, type)
            || ValueFlow.DeclaratorInTree(dictionary, local) is not { Syntax: VariableDeclaratorSyntax declarator } || ScopeOf(declarator) is not { } scope)
        {
            return null;
        }

        IOperation? kept = null;
        foreach (var item in initializer.Initializers)
        {
            IOperation? itemKey;
            IOperation? itemValue;
            switch (item)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } slot } assignment:
                    itemKey = slot.Arguments[0].Value;
                    itemValue = assignment.Value;
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add:
                    itemKey = add.Arguments[0].Value;
                    itemValue = add.Arguments[1].Value;
                    break;
                default:
                    return null;
            }

            if (itemKey.ConstantValue is not { HasValue: true } constant)
            {
                return null;
            }

            if (Equals(constant.Value, key.Value))
            {
                kept = itemValue;
            }
        }

        if (kept is null)
        {
            return null;
        }

        foreach (var token in _search.Identifiers(local.Name, scope, cancellationToken))
        {
            if (token.Parent == declarator)
            {
                continue;
            }

            if (token.Parent is not IdentifierNameSyntax name || name.Parent is not ElementAccessExpressionSyntax access || access.Expression != name
                || access.Parent is not InvocationExpressionSyntax call || call.Expression != access)
            {
                return null;
            }
        }

        return kept.SkipConversions();
    }

    /// <summary>The currency of a delegate's call whose single value is a lambda (or a method) that returns the currency of one of its parameters, or null.</summary>
    private string? FromDelegate(IInvocationOperation invocation, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (invocation.Instance is not { } target)
        {
            return null;
        }

        var value = HeldFunction(target, cancellationToken);
        if (value is IMethodReferenceOperation { Method: { IsExtensionMethod: false, MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction } referenced }
            && ExtensionBlocks.ReceiverOf(referenced) is null && referenced.Parameters.Length == invocation.TargetMethod.Parameters.Length)
        {
            // Func<Money, Money> f = WithOverhead;
            int returned = ArgumentReturns.Get(ExtensionBlocks.Member(referenced), cancellationToken).Ordinal;
            return returned < 0 ? null : ArgumentFor(invocation.TargetMethod, null, invocation.Arguments, returned, depth, mode, cancellationToken);
        }

        if (value is not IAnonymousFunctionOperation { Symbol: { } lambda } function || lambda.Parameters.Length != invocation.TargetMethod.Parameters.Length)
        {
            return null;
        }

        if (BindingActive && BoundHypothesis(lambda, invocation.TargetMethod, null, invocation.Arguments, depth, mode, cancellationToken, out string? hypothesis))
        {
            return hypothesis;
        }

        // a lambda's body is small and such a call rare: worked out at each call, not kept
        int ordinal = ArgumentReturn(lambda, function, null, cancellationToken);
        return ordinal < 0 ? null : ArgumentFor(invocation.TargetMethod, null, invocation.Arguments, ordinal, depth, mode, cancellationToken);
    }

    /// <summary>The currency of the value a call of <paramref name="target"/> gives the parameter at a position (<see cref="ExtensionBlocks"/>), or null.</summary>
    private string? ArgumentFor(IMethodSymbol target, IOperation? instance, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int position, int depth, FlowMode mode, CancellationToken cancellationToken) =>
        ExtensionBlocks.ArgumentAt(target, instance, arguments, position) is { } value ? Value(value, depth, mode, cancellationToken) : null;

    private ReturnedParameter ComputeArgumentReturn(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (!CanFollowBody(method) || !_search.IsOwn(method) || method.IsAsync || BodyOf(method, cancellationToken) is not { } body)
        {
            return ReturnedParameter.None;
        }

        int ordinal = ArgumentReturn(method, null, body, cancellationToken);
        if (ordinal >= 0)
        {
            return new ReturnedParameter(ordinal);
        }

        int joint = JointArgumentReturn(method, body, cancellationToken);
        return joint == 0 ? ReturnedParameter.None : new ReturnedParameter(-1, joint);
    }

    /// <summary>
    /// The positions (one bit each, <see cref="ExtensionBlocks"/>) of the money parameters whose shared currency every
    /// return of a method has when its calls give them all one currency (<c>T Pick&lt;T&gt;(T a, T b, bool first) =&gt;
    /// first ? a : b</c>), when no one parameter's currency alone is returned: the parameters are bound to one stand-in
    /// together, as proven for none of them alone (a call of the method inside keeps no hypothesis). A parameter the
    /// returns do not need is left out (<c>Pick(a, b, fee, first)</c> returning <c>a</c> or <c>b</c> only): with it
    /// unbound, and so unknown, the others alone still give every return their stand-in. 0 for none.
    /// </summary>
    private int JointArgumentReturn(IMethodSymbol function, SyntaxNode body, CancellationToken cancellationToken)
    {
        var bindings = t_bindings ??= new List<Binding>();
        if (function.DeclaringSyntaxReferences.Length != 1 || bindings.Count + MaxCandidates > MaxBindings)
        {
            return 0;
        }

        var declaration = function.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        List<(IParameterSymbol Parameter, int Position)>? candidates = null;
        int count = ExtensionBlocks.Count(function);
        for (int position = 0; position < count && position < 31; position++)
        {
            if (ExtensionBlocks.ParameterAt(function, position) is not { } parameter || parameter.RefKind is not (RefKind.None or RefKind.In or RefKind.RefReadOnlyParameter) || parameter.IsParams || !(_types.IsMoney(parameter.Type) || IsReturnedTypeParameter(parameter, function))
                || Declared(parameter) is not null || IsWrittenIn(declaration, parameter.Name, parameter.Type is ITypeParameterSymbol, cancellationToken))
            {
                continue;
            }

            if (candidates?.Count >= MaxCandidates)
            {
                return 0;
            }

            (candidates ??= new List<(IParameterSymbol, int)>()).Add((parameter, position));
        }

        if (candidates is not { Count: >= 2 } || !ReturnsJointly(function, body, candidates, -1, cancellationToken))
        {
            return 0;
        }

        // each parameter in turn: left out when the others bound alone still give every return the stand-in
        for (int i = candidates.Count - 1; i >= 0 && candidates.Count > 2; i--)
        {
            if (ReturnsJointly(function, body, candidates, i, cancellationToken))
            {
                candidates.RemoveAt(i);
            }
        }

        int joint = 0;
        foreach (var (_, position) in candidates)
        {
            joint |= 1 << position;
        }

        return joint;
    }

    /// <summary>
    /// Whether every return of a function has the stand-in currency its candidate parameters (all but the one at
    /// <paramref name="left"/>, -1 for none) are bound to together.
    /// </summary>
    private bool ReturnsJointly(IMethodSymbol function, SyntaxNode body, List<(IParameterSymbol Parameter, int Position)> candidates, int left, CancellationToken cancellationToken)
    {
        var bindings = t_bindings ??= new List<Binding>();
        string sentinel = NewSentinel();
        var inProgress = InProgress.Current;
        int index = inProgress.Count;
        int saved = inProgress.Enter(BindingsInProgress, function);
        int added = 0;
        for (int i = 0; i < candidates.Count; i++)
        {
            if (i != left)
            {
                bindings.Add(new Binding(function, candidates[i].Parameter, candidates[i].Position, sentinel, provesReturn: false) { Index = index });
                added++;
            }
        }

        try
        {
            return BodyReturns(body.SyntaxTree, body, cancellationToken) == sentinel;
        }
        finally
        {
            bindings.RemoveRange(bindings.Count - added, added);
            inProgress.Leave(saved);
        }
    }

    /// <summary>
    /// The position (<see cref="ExtensionBlocks"/>: the ordinal, or for a member of an extension block 0 for its
    /// receiver) of the money parameter whose currency every return of a function has (a method's
    /// <paramref name="body"/>, or a lambda), or -1.
    /// </summary>
    private int ArgumentReturn(IMethodSymbol function, IAnonymousFunctionOperation? lambda, SyntaxNode? body, CancellationToken cancellationToken)
    {
        var bindings = t_bindings ??= new List<Binding>();
        if (bindings.Count >= MaxBindings)
        {
            return -1;
        }

        var declaration = function.DeclaringSyntaxReferences.Length == 1 ? function.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) : lambda?.Syntax;
        if (declaration is null)
        {
            return -1;
        }

        int tried = 0;
        int count = ExtensionBlocks.Count(function);
        for (int position = 0; position < count; position++)
        {
            if (ExtensionBlocks.ParameterAt(function, position) is not { } parameter || parameter.RefKind is not (RefKind.None or RefKind.In or RefKind.RefReadOnlyParameter) || parameter.IsParams || !(_types.IsMoney(parameter.Type) || IsReturnedTypeParameter(parameter, function))
                || Declared(parameter) is not null || IsWrittenIn(declaration, parameter.Name, parameter.Type is ITypeParameterSymbol, cancellationToken))
            {
                continue;
            }

            if (++tried > MaxCandidates)
            {
                break;
            }

            var binding = new Binding(function, parameter, position, NewSentinel());
            var inProgress = InProgress.Current;
            binding.Index = inProgress.Count;
            int saved = inProgress.Enter(BindingsInProgress, function);
            bindings.Add(binding);
            string? code;
            try
            {
                code = lambda is null ? BodyReturns(body!.SyntaxTree, body, cancellationToken) : LambdaReturns(lambda, cancellationToken);
            }
            finally
            {
                bindings.RemoveAt(bindings.Count - 1);
                inProgress.Leave(saved);
            }

            if (code == binding.Sentinel)
            {
                return position;
            }
        }

        return -1;
    }

    /// <summary>A stand-in currency no other binding has.</summary>
    private static string NewSentinel() =>
        new string('\u0001', 1) + System.Threading.Interlocked.Increment(ref s_sentinels).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// What a method of the code does to a collection given for one of its parameters, when that depends on the money the
    /// call gives it (<c>Fill(caps, euros)</c> with <c>into.Add(m)</c>): <paramref name="effect"/> worked out with each
    /// money parameter the body may not write (taken by value or <c>in</c>, not <c>params</c>, not annotated) bound to a
    /// stand-in of its own, then each stand-in replaced by the currency of the argument <paramref name="call"/> gives for
    /// it (unknown stays unknown). Null when the call gives no arguments, the method has no such parameter, or as many
    /// functions as may be are bound on this thread.
    /// </summary>
    private Elements? WithArgumentsGiven(IMethodSymbol method, SyntaxNode declaration, IOperation? call, Func<Elements> effect, CancellationToken cancellationToken)
    {
        var arguments = call switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => default,
        };

        if (arguments.IsDefaultOrEmpty)
        {
            return null;
        }

        var called = call switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };

        var bindings = t_bindings ??= new List<Binding>();
        List<Binding>? bound = null;
        foreach (var parameter in method.Parameters)
        {
            bool ofTypeParameter = parameter.Type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method };
            if (parameter.RefKind is not (RefKind.None or RefKind.In or RefKind.RefReadOnlyParameter) || parameter.IsParams
                || !(_types.IsMoney(parameter.Type) || ofTypeParameter && GivenMoney(called, arguments, parameter))
                || Declared(parameter) is not null || IsWrittenIn(declaration, parameter.Name, ofTypeParameter, cancellationToken) || IsTestedIn(declaration, parameter, cancellationToken))
            {
                continue;
            }

            if (bindings.Count + (bound?.Count ?? 0) >= MaxBindings || bound?.Count >= MaxCandidates)
            {
                break;
            }

            // not a hypothesis about the method's returns: a call of it inside is not taken to return the argument
            (bound ??= new List<Binding>()).Add(new Binding(method, parameter, parameter.Ordinal, NewSentinel(), provesReturn: false));
        }

        if (bound is null)
        {
            return null;
        }

        var inProgress = InProgress.Current;
        int index = inProgress.Count;
        int saved = inProgress.Enter(BindingsInProgress, method);
        foreach (var binding in bound)
        {
            binding.Index = index;
            bindings.Add(binding);
        }

        Elements elements;
        try
        {
            elements = effect();
        }
        finally
        {
            bindings.RemoveRange(bindings.Count - bound.Count, bound.Count);
            inProgress.Leave(saved);
        }

        foreach (var binding in bound)
        {
            if (elements.Mentions(binding.Sentinel))
            {
                elements = elements.Replace(binding.Sentinel, GivenFor(arguments, binding.Parameter, cancellationToken));
            }
        }

        return elements;
    }

    /// <summary>Whether a call of a generic method gives it money for a parameter of one of its type parameters
    /// (<c>Fill(caps, euros)</c> of <c>Fill&lt;T&gt;(List&lt;T&gt; into, T item)</c>), also as a parameter bound on this
    /// thread (<c>Inner(into, item)</c> in <c>Outer&lt;T&gt;</c> so called).</summary>
    private bool GivenMoney(IMethodSymbol? called, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, IParameterSymbol parameter)
    {
        if (called is null || parameter.Ordinal >= called.Parameters.Length || !SymbolEqualityComparer.Default.Equals(called.Parameters[parameter.Ordinal].OriginalDefinition, parameter))
        {
            return false;
        }

        if (_types.IsMoney(called.Parameters[parameter.Ordinal].Type))
        {
            return true;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } given && SymbolEqualityComparer.Default.Equals(given.OriginalDefinition, parameter))
            {
                return argument.ArgumentKind == ArgumentKind.Explicit && argument.Value is IParameterReferenceOperation { Parameter: { } passed } && BoundParameter(passed.OriginalDefinition) is not null;
            }
        }

        return false;
    }

    /// <summary>How many locals made from a parameter (<c>var given = m;</c>, <c>bool yen = IsYen(m);</c>) are followed
    /// before the parameter is taken to be tested.</summary>
    private const int MaxTestedCopies = 4;

    /// <summary>
    /// Whether a body may test a parameter, so that what it does with the value may not run for a call's argument
    /// (<c>if (m.Currency == Currency.JPY) into.Add(m);</c>, a guard clause that returns): the parameter (matched by
    /// symbol: a local function's or lambda's own parameter of the same name is another) or a local made from it
    /// (<c>var given = m;</c>, <c>bool yen = IsYen(m);</c>: a local whose initializer or assigned value names it) read in
    /// a condition (of an <c>if</c>, <c>?:</c>, a loop, a <c>switch</c>, a pattern, a <c>when</c> clause, an operand of
    /// <c>&amp;&amp;</c> or <c>||</c>) or its currency read anywhere. More such locals than are followed count as a test.
    /// </summary>
    private bool IsTestedIn(SyntaxNode declaration, IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        var tracked = new List<ISymbol> { parameter.OriginalDefinition };
        var names = new HashSet<string> { parameter.Name };
        var typeParameter = parameter.Type as ITypeParameterSymbol;
        if (typeParameter is not null)
        {
            names.Add(typeParameter.Name);
        }

        SemanticModel? model = null;
        while (true)
        {
            int before = tracked.Count;
            foreach (var token in declaration.DescendantTokens())
            {
                if (token.RawKind != (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken || !names.Contains(token.ValueText) || token.Parent is not IdentifierNameSyntax identifier)
                {
                    continue;
                }

                model ??= _search.ModelOf(declaration.SyntaxTree);
                var symbol = model.GetSymbolInfo(identifier, cancellationToken).Symbol?.OriginalDefinition;
                if (typeParameter is not null && SymbolEqualityComparer.Default.Equals(symbol, typeParameter))
                {
                    if (IsTypeTest(identifier, declaration))
                    {
                        return true;
                    }

                    continue;
                }

                if (symbol is null || !Contains(tracked, symbol))
                {
                    continue;
                }

                if (IsTestPosition(identifier, declaration))
                {
                    return true;
                }

                if (CopiedInto(identifier, model, cancellationToken) is { } copy && !Contains(tracked, copy))
                {
                    if (tracked.Count > MaxTestedCopies)
                    {
                        return true;
                    }

                    tracked.Add(copy);
                    names.Add(copy.Name);
                }
            }

            if (tracked.Count == before)
            {
                return false;
            }
        }

        static bool Contains(List<ISymbol> symbols, ISymbol symbol)
        {
            foreach (var known in symbols)
            {
                if (SymbolEqualityComparer.Default.Equals(known, symbol))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The local whose initializer (<c>var given = m;</c>, <c>bool yen = IsYen(m);</c>) or assigned value
    /// (<c>given = m;</c>) contains the identifier, or null.</summary>
    private static ILocalSymbol? CopiedInto(IdentifierNameSyntax identifier, SemanticModel model, CancellationToken cancellationToken)
    {
        for (SyntaxNode? node = identifier.Parent, child = identifier; node is not null && node is not StatementSyntax; child = node, node = node.Parent)
        {
            switch (node)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                    return model.GetDeclaredSymbol(declarator, cancellationToken) as ILocalSymbol;
                case AssignmentExpressionSyntax assignment when assignment.Right == child:
                    return model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol as ILocalSymbol;
                case AnonymousFunctionExpressionSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>Whether a type parameter's name is a test of what it stands for: in a <c>typeof</c> anywhere, after
    /// <c>is</c> or in a condition (<c>default(T)</c>, <c>item is T</c>).</summary>
    private static bool IsTypeTest(IdentifierNameSyntax identifier, SyntaxNode declaration)
    {
        for (var node = identifier.Parent; node is not null && node != declaration && node is not StatementSyntax; node = node.Parent)
        {
            if (node is TypeOfExpressionSyntax || node is BinaryExpressionSyntax binary && binary.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IsExpression))
            {
                return true;
            }
        }

        return IsTestPosition(identifier, declaration);
    }

    /// <summary>Whether an identifier is read as a test: its currency read, or it is in a condition.</summary>
    private static bool IsTestPosition(IdentifierNameSyntax identifier, SyntaxNode declaration)
    {
        if (identifier.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Currency" } access && access.Expression == identifier)
        {
            return true;
        }

        SyntaxNode child = identifier;
        for (var node = identifier.Parent; node is not null && node != declaration; child = node, node = node.Parent)
        {
            bool tested = node switch
            {
                IfStatementSyntax choice => choice.Condition == child,
                ConditionalExpressionSyntax conditional => conditional.Condition == child,
                WhileStatementSyntax loop => loop.Condition == child,
                DoStatementSyntax loop => loop.Condition == child,
                ForStatementSyntax loop => loop.Condition == child,
                SwitchStatementSyntax switchStatement => switchStatement.Expression == child,
                SwitchExpressionSyntax switchExpression => switchExpression.GoverningExpression == child,
                IsPatternExpressionSyntax or WhenClauseSyntax => true,
                BinaryExpressionSyntax binary => binary.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.LogicalAndExpression) || binary.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.LogicalOrExpression),
                _ => false,
            };

            if (tested)
            {
                return true;
            }

            if (node is StatementSyntax)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>The currency of the argument a call gives for a parameter (by name or position), or null.</summary>
    private string? GivenFor(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } given && SymbolEqualityComparer.Default.Equals(given.OriginalDefinition, parameter))
            {
                return argument.ArgumentKind == ArgumentKind.Explicit ? Value(argument.Value, 0, FlowMode.Exact, cancellationToken) : null;
            }
        }

        return null;
    }

    /// <summary>Whether a parameter's type is the type parameter its generic method returns (<c>T Checked&lt;T&gt;(T value)</c>).</summary>
    private static bool IsReturnedTypeParameter(IParameterSymbol parameter, IMethodSymbol function) =>
        parameter.Type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } && SymbolEqualityComparer.Default.Equals(parameter.Type, function.ReturnType);

    /// <summary>The currency every return of a lambda's own body agrees on (<see cref="Currencies.None"/> for none).</summary>
    private string? LambdaReturns(IAnonymousFunctionOperation lambda, CancellationToken cancellationToken)
    {
        string? code = Currencies.None;
        foreach (var operation in lambda.Body.Descendants())
        {
            if (operation is IReturnOperation { Kind: OperationKind.Return } returned && EnclosingFunction(returned) == lambda)
            {
                code = returned.ReturnedValue is null ? null : Currencies.Join(code, Value(returned.ReturnedValue, 0, FlowMode.Exact, cancellationToken));
                if (code is null)
                {
                    return null;
                }
            }
        }

        return code;
    }

    /// <summary>
    /// Whether an extension method called on a value gets a copy of it (<c>this Money m</c>, <c>this in Money m</c>, an
    /// extension block's <c>extension(Money m)</c>), so the call cannot assign the variable it is called on; a
    /// <c>this ref</c> receiver can.
    /// </summary>
    private static bool TakesReceiverByValue(IMethodSymbol called) =>
        (called.ReducedFrom is { Parameters.Length: > 0 } reduced ? reduced.Parameters[0] : ExtensionBlocks.ReceiverOf(called)) is { RefKind: RefKind.None or RefKind.In or RefKind.RefReadOnlyParameter };

    /// <summary>
    /// Whether a parameter of this name may be written in the declaration (an assignment, <c>ref</c>/<c>out</c>, a
    /// deconstruction, a <c>this ref</c> extension call); a call of one of Money's own methods on it (<c>p.Round(…)</c>)
    /// or of an extension method that takes it by value (<c>p.Kept()</c>) does not write it, nor, for a parameter of a
    /// type parameter, a method of its constraints (<c>value.Equals(default)</c> in <c>T Checked&lt;T&gt;(T value)</c>):
    /// called with money, the receiver is a Money, which is read-only.
    /// </summary>
    private bool IsWrittenIn(SyntaxNode declaration, string name, bool ofTypeParameter, CancellationToken cancellationToken)
    {
        foreach (var token in declaration.DescendantTokens())
        {
            if (token.RawKind != (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken || token.ValueText != name
                || token.Parent is not IdentifierNameSyntax identifier || WritePosition(identifier) is not { } written)
            {
                continue;
            }

            if (written.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } access && access.Expression == written
                && _search.ModelOf(declaration.SyntaxTree).GetSymbolInfo(access, cancellationToken).Symbol is IMethodSymbol called
                && (!called.IsExtensionMethod && (called.IsOn(_types.Money) || ofTypeParameter && ExtensionBlocks.ReceiverOf(called) is null) || TakesReceiverByValue(called)))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// The stand-in currency of a parameter bound on this thread, when the reference is in the function's own frame: no
    /// fact about anything declared outside the function is being worked out since it was bound (a field's writes, or
    /// another call of the function itself, may hold another call's argument). Null otherwise.
    /// </summary>
    private static string? BoundParameter(IParameterSymbol parameter)
    {
        var bindings = t_bindings;
        if (bindings is null)
        {
            return null;
        }

        for (int i = bindings.Count - 1; i >= 0; i--)
        {
            var binding = bindings[i];
            if (SymbolEqualityComparer.Default.Equals(binding.Parameter, parameter))
            {
                var inProgress = InProgress.Current;
                inProgress.Touch(binding.Index);
                return InOwnFrame(inProgress, binding) ? binding.Sentinel : null;
            }
        }

        return null;
    }

    /// <summary>
    /// For a call of a function being bound: the currency of the argument given for the bound parameter (the hypothesis
    /// the binding proves: a recursive call keeps its argument's currency). False when the function is not bound.
    /// </summary>
    private bool BoundHypothesis(IMethodSymbol function, IMethodSymbol target, IOperation? instance, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int depth, FlowMode mode, CancellationToken cancellationToken, out string? code)
    {
        code = null;
        var bindings = t_bindings!;
        for (int i = bindings.Count - 1; i >= 0; i--)
        {
            var binding = bindings[i];
            if (binding.ProvesReturn && SymbolEqualityComparer.Default.Equals(binding.Function, function))
            {
                InProgress.Current.Touch(binding.Index);
                code = ArgumentFor(target, instance, arguments, binding.Position, depth, mode, cancellationToken);
                return true;
            }
        }

        return false;
    }

    private static bool InOwnFrame(InProgress inProgress, Binding binding)
    {
        for (int i = binding.Index + 1; i < inProgress.Count; i++)
        {
            if (!IsInside(inProgress.SymbolAt(i), binding.Function))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a symbol is declared inside a function (a local, a lambda, a local function, theirs).</summary>
    private static bool IsInside(ISymbol symbol, IMethodSymbol function)
    {
        for (var container = symbol.ContainingSymbol; container is IMethodSymbol method; container = method.ContainingSymbol)
        {
            if (SymbolEqualityComparer.Default.Equals(method, function))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The money parameter (by position, <see cref="ExtensionBlocks"/>) whose argument's currency every return of a function has, or the parameters whose shared currency it has.</summary>
    private sealed class ReturnedParameter
    {
        /// <summary>No such parameter: a call's result is not known from its arguments.</summary>
        public static readonly ReturnedParameter None = new(-1);

        public ReturnedParameter(int ordinal, int joint = 0)
        {
            Ordinal = ordinal;
            Joint = joint;
        }

        /// <summary>The parameter's position, or -1 for <see cref="None"/>.</summary>
        public int Ordinal { get; }

        /// <summary>With no one such parameter, the positions (one bit each) of those whose currency, when calls give them
        /// all one, every return has; 0 for none.</summary>
        public int Joint { get; }
    }

    /// <summary>A money parameter bound to a stand-in currency while its function's returns are worked out.</summary>
    private sealed class Binding
    {
        public Binding(IMethodSymbol function, IParameterSymbol parameter, int position, string sentinel, bool provesReturn = true)
        {
            Function = function;
            Parameter = parameter;
            Position = position;
            Sentinel = sentinel;
            ProvesReturn = provesReturn;
        }

        /// <summary>Whether the binding tries whether the function returns the parameter's currency (a call of the function
        /// inside it is then taken to keep its argument's), rather than what its body does with the value given
        /// (<see cref="WithArgumentsGiven"/>).</summary>
        public bool ProvesReturn { get; }

        public IMethodSymbol Function { get; }

        public IParameterSymbol Parameter { get; }

        /// <summary>The parameter's position in the function (<see cref="ExtensionBlocks"/>).</summary>
        public int Position { get; }

        public string Sentinel { get; }

        /// <summary>The binding's position among the thread's facts in progress.</summary>
        public int Index { get; set; }
    }
}
