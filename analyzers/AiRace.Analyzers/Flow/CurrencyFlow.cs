using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Works out the currency of a Money or Currency expression (and of a <c>KeyValuePair</c> whose value is money) when
/// the compilation states it: currency members and constant codes, currency-specific factories, the currency-stating
/// sum, operators and conversions, and values that flow through locals, fields, properties, record parameters, method
/// and local-function returns, tuples, conditional and switch expressions, awaits, collections and the lambdas of LINQ
/// over them, in any file of the compilation; and the <c>[Currency]</c> annotation where code states it by hand. Null
/// whenever it is not certain. One instance serves a compilation: what it learns about a member (its writes, a
/// method's returns, a collection's elements) is worked out on first use and kept for the compilation, so the facts
/// are the same in the IDE, one edit at a time, as in the build.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private const int MaxDepth = 16;

    private readonly KnownTypes _types;
    private readonly SourceSearch _search;

    // the compilation's other facts, for its guard helpers (read on first use, after construction)
    private readonly CompilationFacts _facts;

    // where each called method's result gets its currency, by the method's definition
    private readonly SymbolMemo<IMethodSymbol, CallSource> _calls;

    public CurrencyFlow(KnownTypes types, SourceSearch search, CompilationFacts facts)
    {
        _types = types;
        _search = search;
        _facts = facts;
        _calls = new SymbolMemo<IMethodSymbol, CallSource>(method => CallSource.Of(method, _types));
    }

    public KnownTypes Types => _types;

    /// <summary>The currency of a Money, Currency or money-valued pair expression, or null when it is not certain.</summary>
    [MethodImpl(Hot.Path)]
    public string? Resolve(IOperation? operation, FlowMode mode, CancellationToken cancellationToken) =>
        Currencies.Known(Value(operation, 0, mode, cancellationToken));

    /// <summary>
    /// The currencies of the elements of a collection expression (of the values, for a dictionary) where it is read:
    /// for an array whose indexes are followed, what its indexes hold at that read.
    /// </summary>
    public Elements ElementsOf(IOperation? operation, CancellationToken cancellationToken) =>
        ElementsAtRead(operation, ElementsOf(operation, 0, cancellationToken), cancellationToken);

    /// <summary>
    /// The currency a field, property, parameter or method's return value (for a collection, each element) is declared
    /// with by <c>[Currency("…")]</c>, or null.
    /// </summary>
    public string? DeclaredCurrency(ISymbol symbol) => Declared(symbol.OriginalDefinition);

    /// <summary>The currency of element <paramref name="index"/> of a tuple-valued expression (what a deconstruction
    /// writes into its target at that position), or null when it is not certain.</summary>
    public string? TupleElement(IOperation value, int index, CancellationToken cancellationToken) =>
        Currencies.Known(ElementOfTuple(value, index, 0, FlowMode.Exact, cancellationToken));

    /// <summary>The currency every return of a lambda (or a method group's method) agrees on, its parameters bound as LINQ binds them; or null.</summary>
    public string? ResultOf(IOperation function, CancellationToken cancellationToken) => LambdaResult(function, cancellationToken);

    /// <summary>
    /// A cheap, non-recursive first look: false when the expression's currency can never be resolved (<c>this</c>, a
    /// default value, a call of a method that gives no currency), so the caller can skip the full resolution.
    /// </summary>
    [MethodImpl(Hot.Path)]
    public bool CouldBeKnown(IOperation? operation) => operation.SkipImplicitConversions() switch
    {
        null => false,
        { Kind: OperationKind.InstanceReference or OperationKind.DefaultValue or OperationKind.Literal } => false,
        IInvocationOperation invocation => SourceOf(invocation.TargetMethod).Kind != CallSourceKind.None || invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke || MayReadWrapped(invocation),
        _ => true,
    };

    /// <summary>The currency of the target of a compound assignment, before that assignment writes it.</summary>
    [MethodImpl(Hot.Path)]
    public string? ResolveCompoundTarget(ICompoundAssignmentOperation compound, FlowMode mode, CancellationToken cancellationToken) =>
        Resolve(compound.Target, mode, cancellationToken);

    /// <summary>The currency of a value, <see cref="Currencies.None"/> inside a member's own writes, or null.</summary>
    [MethodImpl(Hot.Path)]
    private string? Value(IOperation? operation, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        operation = operation.SkipImplicitConversions()!;
        int next = depth + 1;

        // dispatch on the kind (one virtual call) rather than testing the operation against a list of interfaces
        switch (operation.Kind)
        {
            case OperationKind.FieldReference:
                var fieldReference = (IFieldReferenceOperation)operation;
                var field = fieldReference.Field;
                if (field.IsStatic && _types.IsCurrency(field.Type) && _types.IsCurrency(field.ContainingType))
                {
                    return IsCodeShaped(field.Name) && CurrencyCodes.IsActive(field.Name) ? field.Name : null;
                }

                if (fieldReference.Instance is { } tuple && field.ContainingType is { Name: "ValueTuple", IsTupleType: true })
                {
                    return TupleElement(tuple, field, next, mode, cancellationToken);
                }

                return MemberValue(field, cancellationToken);

            case OperationKind.PropertyReference:
                return FromProperty((IPropertyReferenceOperation)operation, next, mode, cancellationToken);

            case OperationKind.LocalReference:
                // in a switch arm's when clause, what the arm's pattern shows of it (also below)
                return LocalValue((ILocalReferenceOperation)operation, next, mode, cancellationToken) ?? PinnedByArm(operation);

            case OperationKind.ParameterReference:
                var parameter = ((IParameterReferenceOperation)operation).Parameter;
                return NeverRunsUnderFlag(operation, parameter, cancellationToken) ? null : ParameterValue(parameter, operation, cancellationToken) ?? PinnedByArm(operation);

            case OperationKind.ObjectCreation:
                var creation = (IObjectCreationOperation)operation;
                if (!_types.IsMoney(creation.Type))
                {
                    // new ValueTask<Money>(m): awaited, the task gives m back; new KeyValuePair<Bloc, Money>(k, m): its value
                    return creation.Arguments.Length == 1 && CallSource.IsTasks(creation.Type as INamedTypeSymbol) && _types.IsMoney(creation.Arguments[0].Value.Type)
                        ? Value(creation.Arguments[0].Value, next, mode, cancellationToken)
                        : creation.Arguments.Length == 2 && CallSource.IsPairOfMoney(creation.Type, _types)
                        ? PairValue(creation.Arguments, next, mode, cancellationToken)
                        : null;
                }

                return creation.Constructor is { } constructor
                    ? FromArguments(creation.Arguments, SourceOf(constructor), next, mode, cancellationToken)
                    : FromAnyArgument(creation.Arguments, next, mode, cancellationToken);

            case OperationKind.Invocation:
                return FromInvocation((IInvocationOperation)operation, next, mode, cancellationToken);

            case OperationKind.Binary:
                return FromBinary((IBinaryOperation)operation, next, mode, cancellationToken);

            case OperationKind.Unary:
                var unary = (IUnaryOperation)operation;
                return _types.IsMoney(unary.Type) ? Value(unary.Operand, next, mode, cancellationToken) : null;

            case OperationKind.Conditional:
                var conditional = (IConditionalOperation)operation;
                return conditional.WhenFalse is { } whenFalse ? Both(conditional.WhenTrue, whenFalse, next, mode, cancellationToken) : null;

            case OperationKind.Coalesce:
                var coalesce = (ICoalesceOperation)operation;
                return Both(coalesce.Value, coalesce.WhenNull, next, mode, cancellationToken);

            case OperationKind.CoalesceAssignment:
                // _cap ??= Money.Cny(1m) is what _cap held, or the value it is given
                var coalesceAssignment = (ICoalesceAssignmentOperation)operation;
                return Both(coalesceAssignment.Target, coalesceAssignment.Value, next, mode, cancellationToken);

            case OperationKind.SwitchExpression:
                return FromSwitch((ISwitchExpressionOperation)operation, next, mode, cancellationToken);

            case OperationKind.Await:
                return Value(((IAwaitOperation)operation).Operation, next, mode, cancellationToken);

            case OperationKind.ConditionalAccess:
                return Value(((IConditionalAccessOperation)operation).WhenNotNull, next, mode, cancellationToken);

            case OperationKind.ConditionalAccessInstance:
                return Value(ReceiverOf((IConditionalAccessInstanceOperation)operation), next, mode, cancellationToken);

            case OperationKind.ArrayElementReference:
                return ElementRead((IArrayElementReferenceOperation)operation, next, cancellationToken)
                    ?? WhenAllSlot((IArrayElementReferenceOperation)operation, next, mode, cancellationToken);

            case OperationKind.ImplicitIndexerReference:
                // list[^1]: an element counted from the end, read through the collection's indexer
                var fromEnd = (IImplicitIndexerReferenceOperation)operation;
                return fromEnd.IndexerSymbol is IPropertySymbol { IsIndexer: true } ? ElementsOf(fromEnd.Instance, next, cancellationToken).Code : null;

            case OperationKind.Throw:
                // the arm of a switch or conditional that throws gives no value
                return Currencies.None;

            case OperationKind.Literal when operation.ConstantValue is { HasValue: true, Value: null }:
            case OperationKind.DefaultValue when operation.Type is { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T }:
                // null given to a Money? (_lastDraw = null, c ? dollars : null) holds no money, so states no currency
                return Currencies.None;

            case OperationKind.Conversion:
                // an explicit conversion without an operator method ((Money)boxed is unknown; (Money)money is the same value)
                var conversion = (IConversionOperation)operation;
                if (conversion.Operand.Kind == OperationKind.Throw)
                {
                    return Currencies.None;
                }

                return conversion.OperatorMethod is null && _types.IsMoney(conversion.Operand.Type)
                    ? Value(conversion.Operand, next, mode, cancellationToken)
                    : null;

            default:
                return null;
        }
    }

    [MethodImpl(Hot.Path)]
    private string? FromProperty(IPropertyReferenceOperation reference, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        var property = reference.Property;
        var instance = reference.Instance;
        var containing = property.ContainingType;
        switch (property.Name)
        {
            case "Currency" when instance is not null && _types.IsMoney(containing):
                return Value(instance, depth, mode, cancellationToken);
            case "Value" when instance is not null && containing is { Name: "Nullable" or "KeyValuePair" } && containing.ContainingNamespace is { Name: "System" or "Generic" }:
                return Value(instance, depth, mode, cancellationToken);
            case "Item1" or "Item2" or "Item3" or "Item4" or "Item5" or "Item6" or "Item7" when instance is not null && IsSystemTuple(containing):
                return CreatedTupleItem(instance, property.Name[4] - '1', depth, mode, cancellationToken);
            case "Value" when instance is not null && containing is { Name: "Lazy" } && _types.IsMoney(property.Type):
                return LazyValue(instance, cancellationToken);
            case "Result" or "RoundedResult" when instance is not null && _types.IsConversion(containing):
                // money.ConvertTo(Currency.USD, …).Result is in the target currency
                return ConversionTarget(instance, depth, mode, cancellationToken);
            case "Original" when instance is not null && _types.IsConversion(containing) && instance.SkipImplicitConversions() is IInvocationOperation { Instance: { } converted }:
                return Value(converted, depth, mode, cancellationToken);
        }

        if (instance is not null && property.OriginalDefinition.Type.Kind == SymbolKind.TypeParameter && WrappedSlotRead(reference, cancellationToken) is { } wrapped)
        {
            // KoreaBudget(true).Value of a team's Option<Money>: what the wrapper was made with
            return wrapped;
        }

        if (property.IsIndexer)
        {
            if (Declared(property.OriginalDefinition) is { } declared)
            {
                // book[0] with an indexer declared [Currency("CNY")]
                return declared;
            }

            if (_search.IsOwn(property) && MemberValue(property, cancellationToken) is { } returned)
            {
                // book[2023] with an indexer of the code: what its getter returns
                return returned;
            }

            // dictionary[Desk.Tokyo]: the values written with that key, when a constant key tells more than all the values
            return instance is null ? null
                : LazyListElement(instance, depth, cancellationToken) is { } lazyElement ? lazyElement
                : reference.Arguments.Length == 1 ? KeyedValue(instance, reference.Arguments[0].Value, ElementsOf(instance, depth, cancellationToken).Code, cancellationToken)
                : ElementsOf(instance, depth, cancellationToken).Code;
        }

        if (instance is not null && CreatedValue(instance, property, depth, mode, cancellationToken) is { } created)
        {
            // Wuhan().Capex: what the object's creation gave the property, when nothing can change it later
            return created;
        }

        if (containing is { IsAnonymousType: true } && instance.SkipConversions() is IParameterReferenceOperation element
            && AnonymousMemberOfElement(element, property, depth, mode, cancellationToken) is { } selected)
        {
            // from cn in caps let half = cn.Cap / 2m where half > …: a member of the anonymous object the LINQ before made
            return selected;
        }

        if (containing is { IsAnonymousType: true } && CarriedRangeValue(instance, property, depth, cancellationToken) is { } carried)
        {
            // from a in awards from cap in caps where a.Amount > cap.Value: a range variable carried by SelectMany's objects
            return carried;
        }

        if (instance is not null && property.GetMethod is { } getter && ExtensionBlocks.ReceiverOf(getter) is not null)
        {
            // yuan.Doubled, an extension block's property: what its getter states, else its receiver's currency when
            // every return of the getter has it (Doubled => m * 2m)
            return MemberValue(property, cancellationToken)
                ?? FromArgumentReturn(getter, instance, System.Collections.Immutable.ImmutableArray<IArgumentOperation>.Empty, depth, mode, cancellationToken);
        }

        // t.Amount of a base record's member, t of a derived record: what the derived record's constructions give it
        var value = MemberValue(property, cancellationToken) ?? InheritedValue(property, instance, cancellationToken)
            ?? HeldInstanceValue(instance, property, depth, mode, cancellationToken)
            ?? HeldGetterValue(instance, property, depth, mode, cancellationToken)
            ?? FoldedStateValue(instance, property, depth, mode, cancellationToken);
        if (value is not null && !property.IsStatic
            && (ElementSourceOfInstance(instance, depth) ?? MayBeAnElement(instance)) is { } filteredSource
            && CurrencyFiltered(filteredSource, cancellationToken))
        {
            // bids.Where(b => b.Bid.Currency == Currency.USD).Sum(b => b.Bid, Currency.USD): a filter that tells currencies
            // apart may keep none of the elements whose member has the currency every write gives it
            return null;
        }

        if (value is null && !property.IsStatic
            && (ElementSourceOfInstance(instance, depth) ?? CollectionOfElement(instance) ?? PlainlyTakenFrom(instance) ?? ElementHeldBy(instance, mode, cancellationToken)) is { } elementSource
            && !Filtered(elementSource))
        {
            // china.Any(c => c.Amount > …), from cn in china join eu in europe … where cn.Amount > eu.Amount, plan[0].Amount,
            // a foreach variable's t.Amount, Schedule().First().Amount: that member of every element of the source, as Select(c => c.Amount) gives it
            // (not after a filter, which may keep one currency)
            return Currencies.Known(ElementsOf(elementSource, depth, cancellationToken, Projection(property)).Code);
        }

        return value;
    }

    /// <summary>An instance that may be an element of a sequence: a local, a lambda's parameter, an element call, an array
    /// element or indexer read, a pair's <c>Value</c> (not a field or property of its own, nor <c>this</c>); else null.</summary>
    private static IOperation? MayBeAnElement(IOperation? instance) =>
        instance.SkipConversions() is ILocalReferenceOperation or IParameterReferenceOperation or IInvocationOperation or IConditionalAccessInstanceOperation
            or IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } or IPropertyReferenceOperation { Property: { Name: "Value", ContainingType.Name: "KeyValuePair" } }
            ? instance
            : null;

    /// <summary>The collection whose element a local always holds (<c>var first = plan.First();</c>, <c>var last =
    /// plan[^1];</c>): as the element read itself; else null.</summary>
    private IOperation? ElementHeldBy(IOperation? instance, FlowMode mode, CancellationToken cancellationToken) =>
        instance.SkipConversions() is ILocalReferenceOperation local
        && ValueFlow.SingleValue(local, null, _singleValues, mode, cancellationToken) is { } held
            ? CollectionOfElement(held) ?? PlainlyTakenFrom(held)
            : null;

    /// <summary>The sequence whose element a call without a predicate, key or default value gives (<c>First()</c>,
    /// <c>Last()</c>, <c>Single()</c>, <c>ElementAt(i)</c>, their <c>OrDefault</c> forms, also under <c>?.</c>): any one of
    /// its elements; else null.</summary>
    private IOperation? PlainlyTakenFrom(IOperation? instance)
    {
        if (ElementCallOf(instance) is not { TargetMethod.Name: "First" or "FirstOrDefault" or "Last" or "LastOrDefault" or "Single" or "SingleOrDefault" or "ElementAt" or "ElementAtOrDefault" } call
            || SourceArgument(call) is not { } source)
        {
            return null;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Value != source && argument.ArgumentKind != ArgumentKind.DefaultValue
                && argument.Parameter?.Type.SpecialType is not (SpecialType.System_Int32 or null) && argument.Parameter?.Type.Name != "Index")
            {
                // a predicate or a default value: not any element
                return null;
            }
        }

        return source;
    }

    /// <summary>The element call (<see cref="CallSourceKind.Element"/>) a value is, also under <c>?.</c>; else null.</summary>
    private IInvocationOperation? ElementCallOf(IOperation? instance)
    {
        var value = instance.SkipConversions();
        if (value is IConditionalAccessInstanceOperation)
        {
            for (var parent = value.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access)
                {
                    value = access.Operation.SkipConversions();
                    break;
                }
            }
        }

        return value is IInvocationOperation call && SourceOf(call.TargetMethod).Kind == CallSourceKind.Element ? call : null;
    }

    /// <summary>The sequence whose elements a member's instance stands for: a LINQ lambda's parameter, or a range variable
    /// a query carries in an anonymous object (<c>cn</c> after <c>join</c>); else null.</summary>
    private IOperation? ElementSourceOfInstance(IOperation? instance, int depth) =>
        instance.SkipConversions() switch
        {
            IParameterReferenceOperation element => ElementSourceOf(element),
            IPropertyReferenceOperation { Property: { ContainingType.IsAnonymousType: true } carried } range
                when range.Instance.SkipConversions() is IParameterReferenceOperation carrier => CarriedSource(carrier, carried, depth + 1),
            _ => null,
        };

    /// <summary>The collection an element read on its own comes from: an array's element (<c>plan[0]</c>, <c>plan[^1]</c>),
    /// a framework collection's indexer (<c>list[i]</c>, <c>list[^1]</c>, <c>byRegion["cn"]</c>: a value), or the variable of a
    /// <c>foreach</c> over it; else null.</summary>
    private static IOperation? CollectionOfElement(IOperation? element)
    {
        var read = element.SkipConversions();
        if (read?.Type is not { } type)
        {
            return null;
        }

        switch (read)
        {
            case IArrayElementReferenceOperation { ArrayReference: var array } when IsElementOf(type, array.Type):
                return array;
            case IImplicitIndexerReferenceOperation { Instance: var indexed, IndexerSymbol: IPropertySymbol { IsIndexer: true } fromEnd }
                when CallSource.IsCollectionsGeneric(fromEnd.ContainingType) && IsElementOf(type, indexed.Type):
                // list[^1]
                return indexed;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } collection } indexer
                when (CallSource.IsCollectionsGeneric(indexer.Property.ContainingType) || CallSource.IsImmutable(indexer.Property.ContainingType))
                    && SymbolEqualityComparer.Default.Equals(type, ValueTypeOf(collection.Type)):
                return collection;
            case ILocalReferenceOperation local:
                return local.LoopOf() is { } loop && IsElementOf(type, loop.Collection.SkipConversions()?.Type) ? loop.Collection : null;
            default:
                return null;
        }
    }

    private static bool IsSystemTuple(INamedTypeSymbol? type) =>
        type is { Name: "Tuple" } && type.ContainingNamespace is { Name: "System" } system && system.ContainingNamespace.IsGlobalNamespace;

    /// <summary>
    /// <c>pair.Item2</c> of a <c>System.Tuple</c> (immutable) that always holds one made by <c>Tuple.Create(…)</c> or
    /// <c>new Tuple&lt;…&gt;(…)</c>: the currency of the argument given for that item; null otherwise.
    /// </summary>
    private string? CreatedTupleItem(IOperation tuple, int position, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        var arguments = Held(tuple, mode, cancellationToken) switch
        {
            IInvocationOperation { TargetMethod: { Name: "Create", IsStatic: true } create } invocation when IsSystemTuple(create.ContainingType) => invocation.Arguments,
            IObjectCreationOperation creation when IsSystemTuple(creation.Type as INamedTypeSymbol) => creation.Arguments,
            _ => default,
        };

        if (arguments.IsDefault)
        {
            return null;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal == position)
            {
                return Value(argument.Value, depth, mode, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>
    /// What a <c>Lazy&lt;Money&gt;</c> that always holds one object gives: the currency its value factory returns
    /// (<c>static readonly Lazy&lt;Money&gt; Cap = new(() =&gt; Money.Cny(9m))</c>).
    /// </summary>
    private string? LazyValue(IOperation lazy, CancellationToken cancellationToken)
    {
        if (Held(lazy, FlowMode.Exact, cancellationToken) is not IObjectCreationOperation { Type: INamedTypeSymbol { Name: "Lazy", Arity: 1 } created } creation
            || created.ContainingNamespace is not { Name: "System" } system || !system.ContainingNamespace.IsGlobalNamespace)
        {
            // a type derived from Lazy<Money> may hand its base another factory
            return null;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { Name: "valueFactory" })
            {
                return LambdaResult(argument.Value, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>
    /// The target currency of <c>money.ConvertTo(target, …)</c>; of <c>rate.Convert(money)</c> and
    /// <c>money.ConvertAt(rate)</c>, the rate's other currency than the money's, for a rate whose creation is seen.
    /// </summary>
    private string? ConversionTarget(IOperation conversion, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (conversion.SkipImplicitConversions() is not IInvocationOperation convert)
        {
            return null;
        }

        var method = convert.TargetMethod;
        if (method.Name == "ConvertTo" && method.IsOn(_types.Money))
        {
            foreach (var argument in convert.Arguments)
            {
                if (argument.Parameter is { } parameter && _types.IsCurrency(parameter.Type))
                {
                    return Value(argument.Value, depth, mode, cancellationToken);
                }
            }

            return null;
        }

        IOperation? rate = null;
        IOperation? money = null;
        if (method.Name == "Convert" && convert.Instance is { } instance && IsExchangeRate(method.ContainingType) && convert.Arguments.Length == 1)
        {
            rate = instance;
            money = convert.Arguments[0].Value;
        }
        else if (method.Name == "ConvertAt" && convert.Instance is { } converted && method.IsOn(_types.Money) && convert.Arguments.Length == 1)
        {
            rate = convert.Arguments[0].Value;
            money = converted;
        }

        if (rate is null || money is null || Currencies.Known(Value(money, depth, mode, cancellationToken)) is not { } from)
        {
            return null;
        }

        // the rate converts from either of its currencies into the other (a money in neither throws)
        var (baseCode, quoteCode) = RateCurrencies(rate, depth, mode, cancellationToken);
        return baseCode is null || quoteCode is null ? null
            : from == baseCode ? quoteCode
            : from == quoteCode ? baseCode
            : null;
    }

    /// <summary><c>AiRace.Core.ExchangeRate</c>, found as Money's sibling.</summary>
    private bool IsExchangeRate(INamedTypeSymbol? type) => IsMoneySibling(type, "ExchangeRate");

    /// <summary><c>AiRace.Core.ExchangeRateTable</c> (sealed: its <c>GetRate</c> is the library's own), found as Money's sibling.</summary>
    private bool IsRateTable(INamedTypeSymbol? type) => IsMoneySibling(type, "ExchangeRateTable");

    /// <summary>A top-level type of the name in Money's namespace and assembly.</summary>
    private bool IsMoneySibling(INamedTypeSymbol? type, string name) =>
        type is { ContainingType: null } && type.Name == name && _types.Money is { } money
        && SymbolEqualityComparer.Default.Equals(type.ContainingNamespace, money.ContainingNamespace)
        && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, money.ContainingAssembly);

    /// <summary>
    /// The base and quote currencies of an exchange rate created where it is read, held by a local, field or property
    /// that always holds it, or returned by every return of a method of the compilation
    /// (<c>new ExchangeRate(Currency.CNY, Currency.EUR, …)</c>, or a rate read as here: <c>table.GetRate(…)</c>); nulls
    /// where either is not certain.
    /// </summary>
    private (string? Base, string? Quote) RateCurrencies(IOperation rate, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth)
        {
            return (null, null);
        }

        if (TriedRate(rate, cancellationToken) is { } tried)
        {
            // table.TryGetRate(from, to, date, lookup, out var rate): a rate that converts at all is the table's
            return LookedUpRate(tried, depth, mode, cancellationToken);
        }

        switch (Held(rate, mode, cancellationToken))
        {
            case IObjectCreationOperation creation:
                return CreatedRate(creation, depth, mode, cancellationToken);

            case IInvocationOperation { TargetMethod: { } method }
                when IsExchangeRate(method.ReturnType as INamedTypeSymbol) && CanFollowBody(method.OriginalDefinition) && _search.IsOwn(method.OriginalDefinition)
                    && BodyOf(method.OriginalDefinition, cancellationToken) is { } body:
                string? baseCode = Currencies.None;
                string? quoteCode = Currencies.None;
                foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
                {
                    if (returned is null)
                    {
                        return (null, null);
                    }

                    // a creation, or any rate the flow reads (the table's GetRate, a local that holds one, one kept in a
                    // collection of rates); the method's own parameters stay unknown
                    var (given, quoted) = returned.SkipConversions() is IObjectCreationOperation returnedCreation
                        ? CreatedRate(returnedCreation, depth + 1, mode, cancellationToken)
                        : RateCurrencies(returned, depth + 1, mode, cancellationToken);
                    baseCode = Currencies.Join(baseCode, given);
                    quoteCode = Currencies.Join(quoteCode, quoted);
                    if (baseCode is null || quoteCode is null)
                    {
                        return (null, null);
                    }
                }

                return (Currencies.Known(baseCode), Currencies.Known(quoteCode));

            case IInvocationOperation { TargetMethod: { Name: "Inverse", Parameters.Length: 0 } inverse, Instance: { } inverted }
                when IsExchangeRate(inverse.ContainingType):
                // rate.Inverse(): the same two currencies, swapped
                var (invertedBase, invertedQuote) = RateCurrencies(inverted, depth + 1, mode, cancellationToken);
                return (invertedQuote, invertedBase);

            case IInvocationOperation { TargetMethod: { Name: "GetRate" } lookup } found when IsRateTable(lookup.ContainingType):
                // table.GetRate(from, to, date, lookup): the table's rate from one into the other (it throws if it has none)
                return LookedUpRate(found, depth, mode, cancellationToken);

            case IInvocationOperation { TargetMethod: { Name: "Cross", IsStatic: true, Parameters.Length: 2 } cross, Arguments.Length: 2 } crossed
                when IsExchangeRate(cross.ContainingType):
                // ExchangeRate.Cross(first, second): from the first leg's base to the second leg's quote (it throws unless
                // the legs meet in a pivot)
                IOperation? first = null;
                IOperation? second = null;
                foreach (var argument in crossed.Arguments)
                {
                    switch (argument.Parameter?.Ordinal)
                    {
                        case 0:
                            first = argument.Value;
                            break;
                        case 1:
                            second = argument.Value;
                            break;
                    }
                }

                return first is null || second is null
                    ? (null, null)
                    : (RateCurrencies(first, depth + 1, mode, cancellationToken).Base, RateCurrencies(second, depth + 1, mode, cancellationToken).Quote);

            case var kept:
                // _cnyToUsd[on]: a rate read from a collection of rates of two known currencies
                return KeptRate(kept ?? rate, cancellationToken);
        }
    }


    /// <summary>The base and quote currencies <c>new ExchangeRate(base, quote, rate, date, series)</c> is given.</summary>
    private (string? Base, string? Quote) CreatedRate(IObjectCreationOperation creation, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (creation.Constructor is not { } constructor || !IsExchangeRate(constructor.ContainingType))
        {
            return (null, null);
        }

        string? baseCode = null;
        string? quoteCode = null;
        foreach (var argument in creation.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "baseCurrency":
                    baseCode = Currencies.Known(Value(argument.Value, depth + 1, mode, cancellationToken));
                    break;
                case "quoteCurrency":
                    quoteCode = Currencies.Known(Value(argument.Value, depth + 1, mode, cancellationToken));
                    break;
            }
        }

        return (baseCode, quoteCode);
    }

    [MethodImpl(Hot.Path)]
    private string? FromBinary(IBinaryOperation binary, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (binary.OperatorMethod is not { } method)
        {
            return null;
        }

        if (!_types.IsMoney(binary.Type))
        {
            // item * 2m of a generic method given money (T : IMultiplyOperators<T, decimal, T>): Money's own operator
            return binary.Type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } && BindingActive && IsScalingOf(method, binary)
                ? Value(binary.LeftOperand, depth, mode, cancellationToken)
                : null;
        }

        bool leftIsMoney = _types.IsMoney(binary.LeftOperand.Type);
        bool rightIsMoney = _types.IsMoney(binary.RightOperand.Type);
        if (leftIsMoney && rightIsMoney)
        {
            // Money + Money throws unless both share a currency, so the result has whichever is known
            return method.IsOn(_types.Money)
                ? Currencies.Either(Value(binary.LeftOperand, depth, mode, cancellationToken), Value(binary.RightOperand, depth, mode, cancellationToken))
                : null;
        }

        // money * factor, factor * money, money / factor, share * money
        return leftIsMoney ? Value(binary.LeftOperand, depth, mode, cancellationToken)
            : rightIsMoney ? Value(binary.RightOperand, depth, mode, cancellationToken)
            : null;
    }

    /// <summary>Whether an operator is that of a constraint of the result's type parameter that scales it by a decimal
    /// (<c>IMultiplyOperators&lt;T, decimal, T&gt;</c>, <c>IDivisionOperators&lt;T, decimal, T&gt;</c>), with the scaled value on the left.</summary>
    private static bool IsScalingOf(IMethodSymbol method, IBinaryOperation binary) =>
        method.ContainingType is { Name: "IMultiplyOperators" or "IDivisionOperators", TypeArguments.Length: 3, ContainingNamespace: { Name: "Numerics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } operators
        && operators.TypeArguments[1].SpecialType == SpecialType.System_Decimal
        && SymbolEqualityComparer.Default.Equals(operators.TypeArguments[0], binary.Type) && SymbolEqualityComparer.Default.Equals(operators.TypeArguments[2], binary.Type)
        && SymbolEqualityComparer.Default.Equals(binary.LeftOperand.Type, binary.Type);

    private string? FromSwitch(ISwitchExpressionOperation switchExpression, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        string? code = Currencies.None;
        foreach (var arm in switchExpression.Arms)
        {
            if (arm.Value.SkipConversions()?.Kind == OperationKind.Throw)
            {
                continue;
            }

            code = Currencies.Join(code, Value(arm.Value, depth, mode, cancellationToken));
            if (code is null)
            {
                return null;
            }
        }

        return code;
    }

    /// <summary>Where calls of the method get their currency (worked out once per method definition).</summary>
    [MethodImpl(Hot.Path)]
    private CallSource SourceOf(IMethodSymbol method) => _calls.Get(method.OriginalDefinition);

    [MethodImpl(Hot.Path)]
    private string? FromInvocation(IInvocationOperation invocation, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        var source = SourceOf(invocation.TargetMethod);
        switch (source.Kind)
        {
            case CallSourceKind.None:
                // f(reserve), f a delegate holding m => m * 1.15m: the argument's currency
                return invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke && _types.IsMoney(invocation.Type) ? FromDelegate(invocation, depth, mode, cancellationToken)
                    : MayReadWrapped(invocation) ? WrappedCallResult(invocation, cancellationToken) : null;
            case CallSourceKind.FirstArgumentCode:
                return invocation.Arguments.Length >= 1 ? GivenCode(invocation.Arguments[0].Value, depth, mode, cancellationToken) : null;
            case CallSourceKind.Receiver:
                return invocation.Instance is null ? null : Value(invocation.Instance, depth, mode, cancellationToken);
            case CallSourceKind.Fixed:
                return source.Code;
            case CallSourceKind.MinMax when invocation.Arguments.Length == 2:
                return Currencies.Either(Value(invocation.Arguments[0].Value, depth, mode, cancellationToken), Value(invocation.Arguments[1].Value, depth, mode, cancellationToken));
            case CallSourceKind.Element:
                // xs.First(), xs.Max(), dict.GetValueOrDefault(k): an element of the source (of the key's values, for a constant key), or the default value given
                return SourceArgument(invocation) is { } collection
                    ? OrDefaultValue(invocation, KeyedValueOrDefault(invocation, collection, ElementsOf(collection, depth, cancellationToken).Code, cancellationToken), depth, mode, cancellationToken)
                    : null;
            case CallSourceKind.Method:
                // what every return states; else, for a function that returns its argument's currency, the argument's
                return MethodReturn(invocation.TargetMethod, cancellationToken)
                    ?? (invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke ? FromDelegate(invocation, depth, mode, cancellationToken) : FromArgumentReturn(invocation, depth, mode, cancellationToken))
                    ?? (invocation.TargetMethod.IsGenericMethod ? TypeArgumentReturn(invocation, cancellationToken) : null)
                    ?? FromCoalescedReturn(invocation, depth, mode, cancellationToken)
                    ?? FromKeyedCall(invocation, cancellationToken)
                    ?? FromSwitchedCall(invocation, depth, mode, cancellationToken)
                    ?? FromReceiverMemberReturn(invocation, depth, mode, cancellationToken)
                    ?? FromConvertingReturn(invocation, depth, mode, cancellationToken)
                    ?? FromFoldedReceiverReturn(invocation, depth, mode, cancellationToken);
            case CallSourceKind.Selected:
                // xs.Max(x => x.Budget): one of the values the selector returns
                return invocation.Arguments.Length == 2 && _types.IsMoney(invocation.Type) ? LambdaResult(invocation.Arguments[1].Value, cancellationToken) : null;
            case CallSourceKind.ParsedText:
                return invocation.Arguments.Length == 1 ? ParsedCode(invocation.Arguments[0].Value) : null;
            case CallSourceKind.Wrapped:
                // Task.FromResult(m): awaited, the task gives m back
                return invocation.Arguments.Length == 1 && _types.IsMoney(invocation.Arguments[0].Value.Type) ? Value(invocation.Arguments[0].Value, depth, mode, cancellationToken) : null;
            case CallSourceKind.PairValue:
                // KeyValuePair.Create(k, m): its value
                return PairValue(invocation.Arguments, depth, mode, cancellationToken);
            case CallSourceKind.ReceiverOrDefault:
                // cap.GetValueOrDefault(), cap.GetValueOrDefault(Money.Usd(0m)) with cap a Money?
                return invocation.Instance is { } nullable && _types.IsMoney(invocation.Type)
                    ? OrDefaultValue(invocation, Value(nullable, depth, mode, cancellationToken), depth, mode, cancellationToken)
                    : null;
            default:
                return FromArguments(invocation.Arguments, source, depth, mode, cancellationToken);
        }
    }

    /// <summary>The currency of the value a pair of money is made with (the argument for its <c>value</c> parameter).</summary>
    private string? PairValue(ImmutableArray<IArgumentOperation> arguments, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { Name: "value" } && _types.IsMoney(argument.Value.Type))
            {
                return Value(argument.Value, depth, mode, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>
    /// An element's currency joined with that of the default value the call returns when there is no element
    /// (<c>dict.GetValueOrDefault(k, Money.Jpy(0m))</c>, <c>xs.FirstOrDefault(fallback)</c>): either may come back.
    /// </summary>
    private string? OrDefaultValue(IInvocationOperation invocation, string? element, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (element is null)
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { Name: "defaultValue" } && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return Currencies.Join(element, Value(argument.Value, depth, mode, cancellationToken));
            }
        }

        return element;
    }

    /// <summary>The collection a LINQ or collection method works on: its receiver, or the <c>this</c> argument.</summary>
    private static IOperation? SourceArgument(IInvocationOperation invocation) =>
        invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

    /// <summary>The currency given by the argument for the method's currency parameter.</summary>
    [MethodImpl(Hot.Path)]
    private string? FromArguments(ImmutableArray<IArgumentOperation> arguments, CallSource source, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (source.CurrencyParameters != 1)
        {
            return source.CurrencyParameters == 0 ? null : FromAnyArgument(arguments, depth, mode, cancellationToken);
        }

        // arguments come in evaluation order: nearly always the parameters' order, so the parameter's own position is
        // tried first (one reference comparison), then every argument
        int ordinal = source.CurrencyOrdinal;
        IArgumentOperation? given = null;
        if (ordinal < arguments.Length && ReferenceEquals(arguments[ordinal].Parameter, source.CurrencyParameter))
        {
            given = arguments[ordinal];
        }
        else
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && (ReferenceEquals(parameter, source.CurrencyParameter) || parameter.Ordinal == ordinal))
                {
                    given = argument;
                    break;
                }
            }
        }

        return given is null ? null
            : source.ParameterIsCode ? GivenCode(given.Value, depth, mode, cancellationToken)
            : Value(given.Value, depth, mode, cancellationToken);
    }

    /// <summary>The currency given by the first argument (in evaluation order) for a parameter that gives one.</summary>
    private string? FromAnyArgument(ImmutableArray<IArgumentOperation> arguments, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && CallSource.GivesCurrency(parameter, _types) is { } isCode)
            {
                return isCode ? GivenCode(argument.Value, depth, mode, cancellationToken) : Value(argument.Value, depth, mode, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>The currency a code text names: a constant, or the <c>Code</c> of a currency whose value is known
    /// (<c>m.Currency.Code</c>), also kept in a local first (<c>var code = "EUR";</c>, <c>var code = m.Currency.Code;</c>,
    /// its only write, through copies of copies).</summary>
    private string? GivenCode(IOperation value, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (ConstantCode(value) is { } constant)
        {
            return constant;
        }

        var read = value.SkipConversions();
        for (int i = 0; i < 4 && read is ILocalReferenceOperation && ValueFlow.SingleValue(read, null, _singleValues, mode, cancellationToken) is { } kept; i++)
        {
            // var code = "EUR"; var alias = code;: the text the local's only write gives it
            read = kept.SkipConversions();
            if (read is not null && ConstantCode(read) is { } text)
            {
                return text;
            }
        }

        return read is IPropertyReferenceOperation { Property.Name: "Code", Instance: { } currency } code && _types.IsCurrency(code.Property.ContainingType)
            ? Value(currency, depth, mode, cancellationToken)
            : null;
    }

    [MethodImpl(Hot.Path)]
    internal static string? ConstantCode(IOperation value)
    {
        var constant = value.SkipConversions()?.ConstantValue ?? default;
        return constant.HasValue && constant.Value is string code && CurrencyCodes.IsActive(code) ? code : null;
    }

    /// <summary>The code that starts a constant money text (<c>"CNY 5000"</c>): three letters, then a space.</summary>
    private static string? ParsedCode(IOperation value)
    {
        var constant = value.SkipConversions()?.ConstantValue ?? default;
        if (!constant.HasValue || constant.Value is not string text || text.Length < 5 || text[3] != ' ')
        {
            return null;
        }

        string code = text.Substring(0, 3);
        return IsCodeShaped(code) && CurrencyCodes.IsActive(code) ? code : null;
    }

    [MethodImpl(Hot.Path)]
    internal static IOperation? ReceiverOf(IConditionalAccessInstanceOperation instance)
    {
        IOperation child = instance;
        for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
            {
                return access.Operation;
            }
        }

        return null;
    }

    /// <summary>The currency two values share (the arms of a conditional), or null; the second is resolved only when the first is known.</summary>
    [MethodImpl(Hot.Path)]
    private string? Both(IOperation first, IOperation second, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        string? code = Value(first, depth, mode, cancellationToken);
        return code is null ? null : Currencies.Join(code, Value(second, depth, mode, cancellationToken));
    }

    [MethodImpl(Hot.Path)]
    internal static bool IsCodeShaped(string name) =>
        name.Length == 3 && char.IsUpper(name[0]) && char.IsUpper(name[1]) && char.IsUpper(name[2]);

    // whether every construction gives a bool primary-constructor parameter the constant false
    private static readonly object FlagAlwaysFalse = new();
    private static readonly object FlagMaybeTrue = new();

    private FactCache<object>? _falseFlags;

    private FactCache<object> FalseFlags => _falseFlags ??= Facts<object>((s, c) => ComputeFalseFlag((IParameterSymbol)s, c), FlagMaybeTrue, FlagMaybeTrue);

    /// <summary>
    /// Whether a read of a class's primary-constructor parameter never runs: it is on the right of <c>flag &amp;&amp; …</c>,
    /// in the first branch of <c>flag ? … : …</c> or in the body of <c>if (flag)</c>, where <c>flag</c> is a bool parameter
    /// of the same primary constructor that nothing assigns and every construction gives the constant <c>false</c>.
    /// </summary>
    private bool NeverRunsUnderFlag(IOperation reference, IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            || constructor.ContainingType is not { TypeKind: TypeKind.Class, IsRecord: false })
        {
            return false;
        }

        var child = reference;
        for (var node = reference.Parent; node is not null; child = node, node = node.Parent)
        {
            var condition = node switch
            {
                IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when both.RightOperand == child => both.LeftOperand,
                IConditionalOperation chosen when chosen.WhenTrue == child => chosen.Condition,
                _ => null,
            };

            if (condition?.SkipConversions() is IParameterReferenceOperation { Parameter: { Type.SpecialType: SpecialType.System_Boolean, RefKind: RefKind.None } flag }
                && SymbolEqualityComparer.Default.Equals(flag.ContainingSymbol, constructor)
                && ReferenceEquals(FalseFlags.Get(flag, cancellationToken), FlagAlwaysFalse))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="FlagAlwaysFalse"/> when every construction of the class the compilation shows (<c>new T(…)</c>,
    /// target-typed <c>new(…)</c>, a derived class's <c>: T(…)</c>, <c>this(…)</c> in its other constructors) gives the
    /// bool primary-constructor parameter the constant <c>false</c> (written or its default), nothing assigns it, no
    /// deserializer may construct the class, and no derived type calls the constructor from its own constructors.
    /// </summary>
    private object ComputeFalseFlag(IParameterSymbol flag, CancellationToken cancellationToken)
    {
        var constructor = (IMethodSymbol)flag.ContainingSymbol;
        var type = constructor.ContainingType;
        if (!_search.IsOwn(type) || !IsPrimaryConstructor(constructor, cancellationToken) || MayBeFilled(type, cancellationToken) || !NeverWritten(flag, cancellationToken))
        {
            return FlagMaybeTrue;
        }

        foreach (var token in _search.Identifiers(type.Name, _search.TreesThatCanWrite(constructor), cancellationToken))
        {
            SyntaxNode? node = token.Parent;
            while (node?.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax)
            {
                node = node.Parent;
            }

            switch (node?.Parent)
            {
                case ObjectCreationExpressionSyntax creation when creation.Type == node:
                    if (!GivesFalse(creation, constructor, flag.Ordinal, cancellationToken))
                    {
                        return FlagMaybeTrue;
                    }

                    break;
                case PrimaryConstructorBaseTypeSyntax baseType when baseType.Type == node:
                    if (!GivesFalse(baseType, constructor, flag.Ordinal, cancellationToken))
                    {
                        return FlagMaybeTrue;
                    }

                    break;
                case SimpleBaseTypeSyntax:
                    // a derived type that calls the constructor from its own constructors (or an interface of the name)
                    return FlagMaybeTrue;
            }
        }

        foreach (var creation in _search.TargetTypedCreationsOf(constructor, cancellationToken))
        {
            if (!GivesFalse(creation, constructor, flag.Ordinal, cancellationToken))
            {
                return FlagMaybeTrue;
            }
        }

        foreach (var declaration in type.DeclaringSyntaxReferences)
        {
            if (declaration.GetSyntax(cancellationToken) is not TypeDeclarationSyntax typeDeclaration)
            {
                continue;
            }

            foreach (var member in typeDeclaration.Members)
            {
                if (member is ConstructorDeclarationSyntax { Initializer: { } initializer } && initializer.IsKind(SyntaxKind.ThisConstructorInitializer)
                    && !GivesFalse(initializer, constructor, flag.Ordinal, cancellationToken))
                {
                    return FlagMaybeTrue;
                }
            }
        }

        return FlagAlwaysFalse;
    }

    /// <summary>Whether a construction site gives the parameter of the ordinal the constant <c>false</c>; true for a site of
    /// another constructor of the type (one that chains to this one is seen at its <c>this(…)</c>) or of another type.</summary>
    private bool GivesFalse(SyntaxNode site, IMethodSymbol constructor, int ordinal, CancellationToken cancellationToken)
    {
        var operation = _search.ModelOf(site.SyntaxTree).GetOperation(site, cancellationToken);
        var (called, arguments) = operation switch
        {
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            _ => (null, default),
        };

        if (called is null)
        {
            // a site the compiler cannot bind: not known to give false
            return false;
        }

        if (!SymbolEqualityComparer.Default.Equals(called.OriginalDefinition, constructor))
        {
            return true;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.Value.ConstantValue is { HasValue: true, Value: false };
            }
        }

        return false;
    }
}
