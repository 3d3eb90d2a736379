using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>Locals and the parameters of lambdas.</summary>
internal sealed partial class CurrencyFlow
{
    // the single value of readonly fields and get-only properties, for the flows that want one value (tuples)
    private readonly MemberValues _singleValues = new();

    // the key under which the locals whose writes are being searched stand in the thread's facts in progress
    private static readonly object LocalsInProgress = new();

    // what each lambda parameter is bound to, by symbol object
    private readonly IdentityCache<IParameterSymbol, string> _lambdaParameters = new();

    /// <summary>
    /// The currency of a local. Optimistically, that of its initializer; exactly, the one its declaration and every
    /// write in its scope agree on (<c>+=</c> keeps it; <c>ref</c> aliases and unknown <c>out</c> arguments make it
    /// unknown). A local without an initializer (a <c>foreach</c> variable, a deconstruction, an <c>out var</c>, a
    /// pattern) is always worked out exactly.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private string? LocalValue(ILocalReferenceOperation reference, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsRef)
        {
            return null;
        }

        // the declaration is nearly always a statement of a block around the reference: found there by the symbol object
        // the reference holds, without reading any syntax, symbol name or semantic model on the optimistic path
        if (ValueFlow.DeclaratorInTree(reference, local) is { } declarator)
        {
            var initializer = declarator.Initializer?.Value;
            if (initializer is not null && mode == FlowMode.Optimistic)
            {
                // Money? held = null states no currency: what the local holds is what its later writes state
                string? optimistic = Value(initializer, depth, mode, cancellationToken);
                if (!Currencies.IsNone(optimistic))
                {
                    return optimistic;
                }
            }

            string? initial = initializer is null ? Currencies.None : Value(initializer, depth, FlowMode.Exact, cancellationToken);
            return initial is null || reference.SemanticModel is not { } model ? null
                : Currencies.Join(initial, LocalWrites(local, declarator.Syntax, model, cancellationToken));
        }

        return DeclaredElsewhere(local, reference, depth, cancellationToken);
    }

    /// <summary>
    /// The currency a variable passed by <c>ref</c> holds when the call reads it (<c>Post(ref dollars)</c>), since the
    /// call's own write comes after its read: <see cref="HeldBeforeWrite"/>, without that write.
    /// </summary>
    public string? ResolveReadByReference(IArgumentOperation argument, CancellationToken cancellationToken) =>
        Currencies.Known(HeldBeforeWrite(argument.Value, argument.Value.Syntax, cancellationToken));

    /// <summary>
    /// The currency a variable taken by reference at <paramref name="taken"/> holds, counting every write but that one:
    /// a local declared by a statement of an enclosing block with an initializer (its declaration and every other write
    /// in its scope); a field of the compilation (its annotation, or its initializer and every other write in the
    /// compilation, as <see cref="FieldValue"/>); an element of such a local array (the currency every element written
    /// into it has); a <c>ref</c> local declared with <c>ref</c> to one of these locals or elements (what it refers to
    /// holds, with that <c>ref</c> not counted, and every other write through the alias). Anything else is null.
    /// </summary>
    private string? HeldBeforeWrite(IOperation variable, SyntaxNode taken, CancellationToken cancellationToken)
    {
        switch (variable)
        {
            case IFieldReferenceOperation field:
                return FieldValue(field.Field.OriginalDefinition, cancellationToken, taken);
            case IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation array }:
                return Currencies.Known(LocalElementsBut(array, cancellationToken)?.Code);
            case ILocalReferenceOperation { Local.IsConst: false } reference when reference.SemanticModel is { } model
                && ValueFlow.DeclaratorInTree(reference, reference.Local) is { Initializer.Value: { } initializer } declarator:
                var local = reference.Local;
                string? initial = !local.IsRef ? Value(initializer, 0, FlowMode.Exact, cancellationToken)
                    : initializer is ILocalReferenceOperation { Local.IsRef: false } or IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation }
                        ? HeldBeforeWrite(initializer, initializer.Syntax, cancellationToken)
                        : null;
                return initial is null ? null : Currencies.Join(initial, LocalWrites(local, declarator.Syntax, model, cancellationToken, taken));
            default:
                return null;
        }
    }

    /// <summary>A local declared by something other than a declaration statement of an enclosing block.</summary>
    private string? DeclaredElsewhere(ILocalSymbol local, IOperation reference, int depth, CancellationToken cancellationToken)
    {
        var model = reference.SemanticModel;
        if (model is null || local.DeclaringSyntaxReferences is not { Length: 1 } references || references[0].SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        var declaration = references[0].GetSyntax(cancellationToken);
        string? initial = declaration switch
        {
            VariableDeclaratorSyntax { Initializer: { } initializer } declarator when !IsUsingOrFixed(declarator) =>
                Value(model.GetOperation(initializer.Value, cancellationToken), depth, FlowMode.Exact, cancellationToken),
            VariableDeclaratorSyntax declarator when !IsUsingOrFixed(declarator) => Currencies.None,
            ForEachStatementSyntax loop => model.GetOperation(loop, cancellationToken) is IForEachLoopOperation forEach
                ? ElementsOf(forEach.Collection, depth, cancellationToken).Code
                : null,
            SingleVariableDesignationSyntax designation => Designated(designation, model, depth, cancellationToken),
            _ => null,
        };

        // a foreach variable cannot be written
        return initial is null || declaration is ForEachStatementSyntax ? initial
            : Currencies.Join(initial, LocalWrites(local, declaration, model, cancellationToken));
    }

    /// <summary>A local declared inside an expression: <c>out var</c>, a deconstruction, a pattern.</summary>
    private string? Designated(SingleVariableDesignationSyntax designation, SemanticModel model, int depth, CancellationToken cancellationToken)
    {
        switch (designation.Parent)
        {
            case DeclarationExpressionSyntax { Parent: ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword } argument }:
                // dict.TryGetValue(key, out var value)
                return model.GetOperation(argument, cancellationToken) is IArgumentOperation outArgument ? OutValue(outArgument, cancellationToken) : null;

            case ParenthesizedVariableDesignationSyntax parenthesized when parenthesized.Parent is DeclarationExpressionSyntax or ForEachVariableStatementSyntax:
                int index = parenthesized.Variables.IndexOf(designation);
                return DeconstructedDeclaration(parenthesized, index, model, depth, cancellationToken);

            case DeclarationPatternSyntax or VarPatternSyntax or RecursivePatternSyntax:
                // x is Money m, x is { } m: the value matched
                return PatternInput(model.GetOperation(designation.Parent, cancellationToken), depth, cancellationToken);

            case DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: TupleExpressionSyntax tuple } tupleArgument }:
                // (var a, var b) = …; foreach ((var a, var b) in …)
                return tuple.Parent is AssignmentExpressionSyntax assignment && assignment.Left == tuple
                    ? model.GetOperation(assignment, cancellationToken) is IDeconstructionAssignmentOperation deconstruction
                        ? Deconstructed(deconstruction, tuple.Arguments.IndexOf(tupleArgument), depth, cancellationToken)
                        : null
                    : tuple.Parent is ForEachVariableStatementSyntax loop && loop.Variable == tuple
                        ? DeconstructedInLoop(loop, tuple.Arguments.IndexOf(tupleArgument), model, depth, cancellationToken)
                        : null;

            default:
                return null;
        }
    }

    /// <summary><c>var (a, b) = value</c> and <c>foreach (var (key, value) in dictionary)</c>.</summary>
    private string? DeconstructedDeclaration(ParenthesizedVariableDesignationSyntax designation, int index, SemanticModel model, int depth, CancellationToken cancellationToken)
    {
        if (index < 0)
        {
            return null;
        }

        if (designation.Parent is DeclarationExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } declaration && assignment.Left == declaration)
        {
            return model.GetOperation(assignment, cancellationToken) is IDeconstructionAssignmentOperation deconstruction
                ? Deconstructed(deconstruction, index, depth, cancellationToken)
                : null;
        }

        var loop = designation.Parent as ForEachVariableStatementSyntax ?? (designation.Parent as DeclarationExpressionSyntax)?.Parent as ForEachVariableStatementSyntax;
        return loop is null ? null : DeconstructedInLoop(loop, index, model, depth, cancellationToken);
    }

    /// <summary>Variable <paramref name="index"/> of <c>foreach (var (a, b) in …)</c> or <c>foreach ((var a, var b) in …)</c>.</summary>
    private string? DeconstructedInLoop(ForEachVariableStatementSyntax loop, int index, SemanticModel model, int depth, CancellationToken cancellationToken)
    {
        if (index < 0 || model.GetOperation(loop, cancellationToken) is not IForEachLoopOperation forEach)
        {
            return null;
        }

        var collectionType = forEach.Collection.SkipConversions()?.Type;
        if (IsDictionary(collectionType) || ValueTypeOf(collectionType) is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 })
        {
            // the pairs of a dictionary, or of a sequence LINQ makes of them (d.OrderBy(p => p.Key), a query over d),
            // deconstruct into key and value
            return index == 1 ? ElementsOf(forEach.Collection, depth, cancellationToken).Code : null;
        }

        int arity = loop.Variable switch
        {
            DeclarationExpressionSyntax { Designation: ParenthesizedVariableDesignationSyntax variables } => variables.Variables.Count,
            TupleExpressionSyntax tuple => tuple.Arguments.Count,
            _ => -1,
        };
        if ((ValueTypeOf(collectionType) ?? model.GetForEachStatementInfo(loop).ElementType) is INamedTypeSymbol { IsRecord: true } record
            && PositionalProperty(record, index, arity) is { } positional)
        {
            // foreach (var (fund, amount, year) in tranches): that property of every element, as tranche.Amount in a
            // foreach over them (not after a filter, which may keep one currency)
            return (Filtered(forEach.Collection) ? null : Currencies.Known(ElementsOf(forEach.Collection, depth + 1, cancellationToken, Projection(positional)).Code))
                ?? (CurrencyFiltered(forEach.Collection, cancellationToken) ? null : MemberValue(positional, cancellationToken));
        }

        // foreach (var (a, b) in first.Zip(second)): the elements of the sequence's tuples
        return ValueTypeOf(collectionType) is { IsTupleType: true }
            ? TupleElementOfElements(forEach.Collection, index, depth + 1, FlowMode.Exact, cancellationToken)
            : null;
    }

    /// <summary>
    /// The value a declaration or <c>var</c> pattern matches: the value given to the <c>is</c> or the switch; the member
    /// a property subpattern reads (<c>item is Receipt { Received: var yen }</c>); an element of the collection a list
    /// pattern matches (<c>xs is [var first, ..]</c>).
    /// </summary>
    private string? PatternInput(IOperation? pattern, int depth, CancellationToken cancellationToken)
    {
        IOperation? child = null;
        for (var current = pattern; current is not null; child = current, current = current.Parent)
        {
            switch (current)
            {
                case IIsPatternOperation isPattern:
                    return Value(isPattern.Value, depth, FlowMode.Exact, cancellationToken);
                case ISwitchExpressionOperation switchExpression:
                    return Value(switchExpression.Value, depth, FlowMode.Exact, cancellationToken);
                case ISwitchOperation switchStatement:
                    return Value(switchStatement.Value, depth, FlowMode.Exact, cancellationToken);
                case IPropertySubpatternOperation subpattern when subpattern.Pattern == child:
                    // the member read, on the value the enclosing pattern matches
                    return PickedLoopMember(subpattern, depth, cancellationToken) ?? Value(subpattern.Member, depth, FlowMode.Exact, cancellationToken);
                case IRecursivePatternOperation positional when child is IPatternOperation element && positional.DeconstructionSubpatterns.IndexOf(element) is >= 0 and var index:
                    // x is (_, var cap), case Grant(_, var cap):, pair is (var a, var b): that element of the value matched
                    return MatchedInput(positional) is { } input ? PositionalElement(input, positional, index, depth, cancellationToken) : null;
                case IListPatternOperation list when child is not ISlicePatternOperation:
                    // an element pattern (the list pattern's other children are its slices)
                    return MatchedCollection(list) is { } collection ? ElementsOf(collection, depth, cancellationToken).Code : null;
                case IPatternOperation or IPatternCaseClauseOperation or ISwitchCaseOperation or ISwitchExpressionArmOperation:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Element <paramref name="index"/> of a positional pattern on <paramref name="input"/>: of a tuple, that element; of a
    /// record deconstructed by its compiler-made <c>Deconstruct</c>, that positional property, read as a deconstruction
    /// reads it (<see cref="PositionalValue"/>); else null.
    /// </summary>
    private string? PositionalElement(IOperation input, IRecursivePatternOperation pattern, int index, int depth, CancellationToken cancellationToken)
    {
        int arity = pattern.DeconstructionSubpatterns.Length;
        if (pattern.DeconstructSymbol is null && input.SkipConversions()?.Type is { IsTupleType: true } && (pattern.MatchedType is null || pattern.MatchedType.IsTupleType))
        {
            return ElementOfTuple(input, index, depth, FlowMode.Exact, cancellationToken);
        }

        return pattern.DeconstructSymbol is IMethodSymbol { IsImplicitlyDeclared: true, ContainingType: INamedTypeSymbol { IsRecord: true } record }
            && PositionalProperty(record, index, arity) is { } positional
                ? PositionalValue(input, positional, depth, cancellationToken)
                : null;
    }

    /// <summary>The value a pattern matches, when it is the pattern of an <c>is</c>, of a switch's arm or case, or of a
    /// property subpattern (the member it reads); through <c>and</c>; else null.</summary>
    private static IOperation? MatchedInput(IPatternOperation pattern)
    {
        IOperation node = pattern;
        while (node.Parent is IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And })
        {
            node = node.Parent;
        }

        return node.Parent switch
        {
            IIsPatternOperation isPattern when isPattern.Pattern == node => isPattern.Value,
            ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } arm when arm.Pattern == node => switchExpression.Value,
            IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } } clause when clause.Pattern == node => switchStatement.Value,
            IPropertySubpatternOperation subpattern when subpattern.Pattern == node => subpattern.Member,
            _ => null,
        };
    }

    /// <summary>The collection a list pattern matches, when it is the pattern of an <c>is</c> or of a switch's arm or case.</summary>
    private static IOperation? MatchedCollection(IListPatternOperation list) => list.Parent switch
    {
        IIsPatternOperation isPattern => isPattern.Value,
        ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
        IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } } => switchStatement.Value,
        _ => null,
    };

    /// <summary>
    /// Every write of a local after its declaration, in its scope (the member around it, with its lambdas and local
    /// functions). Locals that write each other (<c>(limit, yen) = (yen, limit)</c>) would send the search round in a
    /// circle: as for the facts of members (<see cref="FactCache{T}"/>), the writes of a local asked for again while
    /// they are being searched add nothing (its value there is its initializer's and the other writes', all of which
    /// the outer search joins), and a member fact worked out meanwhile is not kept.
    /// </summary>
    private string? LocalWrites(ILocalSymbol local, SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken, SyntaxNode? ignored = null)
    {
        var inProgress = InProgress.Current;
        if (inProgress.IsAsked(LocalsInProgress, local))
        {
            return Currencies.None;
        }

        int saved = inProgress.Enter(LocalsInProgress, local);
        try
        {
            return SearchLocalWrites(local, declaration, model, cancellationToken, ignored);
        }
        finally
        {
            inProgress.Leave(saved);
        }
    }

    private string? SearchLocalWrites(ILocalSymbol local, SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken, SyntaxNode? ignored) =>
        ScopeOf(declaration) is { } scope ? WritesIn(scope, local, model, cancellationToken, ignored) : null;

    /// <summary>
    /// The currency every write of a local or parameter in a scope states (<see cref="Currencies.None"/> for none); null
    /// when one is unknown or the variable is taken by reference (<c>ref</c>, <c>__makeref</c>, its address). The write
    /// at <paramref name="ignored"/> (a <c>ref</c> argument whose read is asked about) is not counted.
    /// </summary>
    private string? WritesIn(SyntaxNode scope, ISymbol variable, SemanticModel model, CancellationToken cancellationToken, SyntaxNode? ignored = null)
    {
        string? code = Currencies.None;
        foreach (var token in IdentifierScan.In(scope, variable.Name, cancellationToken))
        {
            if (token.Parent is not IdentifierNameSyntax identifier || WritePosition(identifier) is not { } written || written == ignored)
            {
                continue;
            }

            if (written.Parent is RefExpressionSyntax or MakeRefExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.AddressOfExpression })
            {
                return null;
            }

            var reference = model.GetOperation(written, cancellationToken);
            var referenced = reference switch
            {
                ILocalReferenceOperation local => (ISymbol)local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter.OriginalDefinition,
                _ => null,
            };
            if (referenced is null || !SymbolEqualityComparer.Default.Equals(referenced, variable))
            {
                continue;
            }

            // AddInto(ref total, x), a method that only adds to its ref parameter: the variable keeps its currency
            code = Currencies.Join(code, reference!.Parent is IArgumentOperation { Parameter.RefKind: RefKind.Ref } byReference && KeepsCurrencyByReference(byReference, cancellationToken)
                ? Currencies.None
                : WrittenValue(reference!, cancellationToken));
            if (code is null)
            {
                return null;
            }
        }

        return code;
    }

    /// <summary>The member (or the top-level code) whose body holds a declaration, lambdas and local functions included.</summary>
    private static SyntaxNode? ScopeOf(SyntaxNode declaration)
    {
        for (var node = declaration.Parent; node is not null; node = node.Parent)
        {
            if (node is MemberDeclarationSyntax and not GlobalStatementSyntax || node is CompilationUnitSyntax)
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>
    /// The seed given to <c>Aggregate</c> or <c>AggregateBy</c>, or what <c>AggregateBy</c>'s seed selector returns when
    /// it ignores its key (<c>_ =&gt; Money.Zero(Currency.CNY)</c>); null for the overload without one.
    /// </summary>
    private static IOperation? SeedOf(IInvocationOperation aggregate)
    {
        foreach (var argument in aggregate.Arguments)
        {
            if (argument.Parameter is { Name: "seed" })
            {
                return argument.Value;
            }

            if (argument.Parameter is { Name: "seedSelector" })
            {
                return KeylessSeed(argument.Value);
            }
        }

        return null;
    }

    private static bool IsUsingOrFixed(VariableDeclaratorSyntax declarator) =>
        declarator.Parent is VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 } or FixedStatementSyntax or UsingStatementSyntax };

    /// <summary>
    /// A lambda parameter that LINQ (or a collection method such as <c>ForEach</c>, <c>Sort</c>, <c>Find</c>) binds to
    /// the elements of the source: <c>budgets.Where(b => …)</c>. Its currency is the elements' one.
    /// </summary>
    private string? LambdaParameter(IParameterSymbol parameter, IMethodSymbol lambda, IOperation reference, CancellationToken cancellationToken)
    {
        // worked out once per lambda parameter (its references hold the same symbol object)
        var known = _lambdaParameters.Get(parameter);
        if (known is null)
        {
            // an answer that leaned on a local whose elements are still being worked out is not kept
            var inProgress = InProgress.Current;
            bool keep;
            int saved = inProgress.Enter(LambdaParametersInProgress, parameter);
            try
            {
                known = Stored((_search.MayAnnotate ? Declared(parameter) : null) ?? ComputeLambdaParameter(parameter, lambda, reference, cancellationToken));
            }
            finally
            {
                keep = inProgress.Leave(saved);
            }

            if (CachesOpen && keep)
            {
                _lambdaParameters.Set(parameter, known);
            }
        }

        return Read(known);
    }

    private static readonly object LambdaParametersInProgress = new();

    private string? ComputeLambdaParameter(IParameterSymbol parameter, IMethodSymbol lambda, IOperation reference, CancellationToken cancellationToken)
    {
        var function = reference.LambdaAround(lambda);
        if (function?.Parent is IDelegateCreationOperation { Parent: IEventAssignmentOperation })
        {
            // importer.Imported += amount => …: what every raise of the event passes
            return EventHandlerParameter(parameter, function, cancellationToken);
        }

        var argument = function?.Parent is IDelegateCreationOperation creation ? creation.Parent as IArgumentOperation : null;
        if (argument?.Parent is not IInvocationOperation invocation || invocation.Arguments.IsEmpty)
        {
            return null;
        }

        // a parameter the lambda writes no longer holds what the call gave it (looked at last, for a known currency only)
        var written = (IAnonymousFunctionOperation)function!;
        if (invocation.Instance is { Type: INamedTypeSymbol { IsGenericType: true } } && WrappedLambdaParameter(parameter, written, invocation, argument, cancellationToken) is { } wrapped)
        {
            // result.Map(m => …) of a team's own Result<Money>: the value the wrapper holds
            return wrapped;
        }

        if (invocation.TargetMethod.Name is "Aggregate" or "AggregateBy" && parameter.Ordinal == 0 && CallSource.IsLinq(invocation.TargetMethod.ContainingType)
            && SeedOf(invocation) is { } seed)
        {
            // xs.Aggregate(seed, (total, x) => …), xs.AggregateBy(key, seed, (total, x) => …): the accumulator is the seed
            // when the function first runs (a later total is whatever the function returned); the result selector's
            // accumulator is not followed
            string? seeded = argument.Parameter is { Name: "func" } ? Value(seed, 0, FlowMode.Exact, cancellationToken) : null;
            return seeded is not null && WritesParameter(written, parameter) ? null : seeded;
        }

        // the lambda of a LINQ call (or of a collection's ForEach, Sort, Find…, whose source is the instance): the elements of its source first, since
        // they are nearly always unknown and then nothing else needs looking at; a join's inner key selector takes the
        // elements of the inner source
        var source = SourceOf(invocation.TargetMethod);
        // Zip's result selector ((a, b) => …): its second parameter is an element of the second source
        bool zipped = parameter.Ordinal == 1 && source.BindsElements && invocation.TargetMethod.Name == "Zip" && argument.Parameter is { Name: "resultSelector" };
        // a join's result selector ((outer, inner) => …, from a in xs join b in ys on … select …): its second parameter is an
        // element of the inner source
        bool joined = parameter.Ordinal == 1 && source.BindsElements && invocation.TargetMethod.Name == "Join" && argument.Parameter is { Name: "resultSelector" };
        IOperation? collection = zipped ? ArgumentNamed(invocation, "second")
            : joined ? ArgumentNamed(invocation, "inner")
            : source.BindsElements && argument.Parameter is { Name: "innerKeySelector" } ? ArgumentOfOrdinal(invocation, 1)
            : source.BindsElements ? (argument.Parameter?.Ordinal == 0 ? invocation.Instance : ArgumentOfOrdinal(invocation, 0))
            : source.BindsInstanceElements ? invocation.Instance
            : null;
        // the second parameter is an element only for Sort's comparison, Aggregate's function ((total, x) => …) and Zip's
        // and Join's result selectors
        // the first parameter of a group's result selector is its key ((key, group) => …), of AggregateBy's function its
        // accumulator, of its seed selector a key: not elements
        bool notElement = parameter.Ordinal == 0
            && (invocation.TargetMethod.Name == "GroupBy" && argument.Parameter is { Name: "resultSelector" }
                || invocation.TargetMethod.Name == "AggregateBy" && argument.Parameter is { Name: "func" or "seedSelector" });
        if (collection is null || notElement || parameter.Ordinal > 1
            || (parameter.Ordinal == 1 && !zipped && !joined && invocation.TargetMethod.Name != "Sort" && !(invocation.TargetMethod.Name is "Aggregate" or "AggregateBy" && argument.Parameter is { Name: "func" })))
        {
            return null;
        }

        var elements = ElementsOf(collection, 0, cancellationToken);
        if (invocation.TargetMethod.Name == "UnionBy" && argument.Parameter is { Name: "keySelector" } && ArgumentOfOrdinal(invocation, 1) is { } second)
        {
            // first.UnionBy(second, m => …): the key runs on the elements of both sequences
            elements = elements.Join(ElementsOf(second, 0, cancellationToken));
        }

        string? code = elements.Code;
        if (code is null || Currencies.IsNone(code))
        {
            return null;
        }

        // the parameter stands for an element when its type is the source's element type (not an index, an accumulator)
        return IsElementOf(parameter.Type, collection.SkipConversions()?.Type) && !WritesParameter(written, parameter) ? code : null;
    }

    /// <summary>
    /// Whether a lambda may write one of its parameters: an assignment or deconstruction into it, an increment, a
    /// <c>ref</c> or <c>out</c> argument; a <c>ref</c> local or an address taken anywhere in it counts too.
    /// </summary>
    private static bool WritesParameter(IAnonymousFunctionOperation lambda, IParameterSymbol parameter) => WritesParameterIn(lambda.Body, parameter);

    /// <summary>Whether a body (a method's, or a lambda's through <see cref="WritesParameter"/>) may write the parameter, as above.</summary>
    private static bool WritesParameterIn(IOperation body, IParameterSymbol parameter)
    {
        foreach (var operation in body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IDeconstructionAssignmentOperation deconstruction:
                    foreach (var target in deconstruction.Target.DescendantsAndSelf())
                    {
                        if (target is IParameterReferenceOperation written && SymbolEqualityComparer.Default.Equals(written.Parameter, parameter))
                        {
                            return true;
                        }
                    }

                    break;
                case IAssignmentOperation { Target: IParameterReferenceOperation written } when SymbolEqualityComparer.Default.Equals(written.Parameter, parameter):
                case IIncrementOrDecrementOperation { Target: IParameterReferenceOperation incremented } when SymbolEqualityComparer.Default.Equals(incremented.Parameter, parameter):
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: IParameterReferenceOperation passed } when SymbolEqualityComparer.Default.Equals(passed.Parameter, parameter):
                case IVariableDeclaratorOperation { Symbol.IsRef: true }:
                case IAddressOfOperation:
                    return true;
            }
        }

        return false;
    }
}
