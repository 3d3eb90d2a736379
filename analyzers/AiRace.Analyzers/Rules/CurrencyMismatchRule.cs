using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// AIR0001: reports money in two known, different currencies meeting where they must agree: operators (tuple equality
/// too), Equals, CompareTo (also through <c>IComparable&lt;Money&gt;</c>), Min/Max, <c>Comparer&lt;Money&gt;.Default</c>; sorting or taking the minimum of a collection known to mix
/// currencies; the currency-stating <c>Sum</c> given amounts known to be in another currency; two currencies passed
/// to a method of the compilation that combines them inside (two parameters it combines, or a collection whose
/// elements it adds together); and a value written where <c>[Currency("…")]</c> declares another currency (an
/// assignment, an initializer, a return, an argument, an element added to a collection).
/// </summary>
internal sealed partial class CurrencyMismatchRule : Rule, ICallRule, IBinaryRule, ICompoundAssignmentRule, IOperationRule
{
    public CurrencyMismatchRule()
        : base(Descriptors.CurrencyMismatch)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of(KnownTypes.MoneyName, "Equals", "CompareTo", "Min", "Max", "Currency", "Of", "Cny", "Usd", "Eur", "Jpy", "Gbp", "op_Addition", "op_Subtraction", "op_Equality", "op_LessThan"),
        ApiName.Of(KnownTypes.CurrencyName, "FromCode", "Parse", "CNY", "USD"),
        ApiName.Of(KnownTypes.MoneyEnumerableName, "Sum"),
        ApiName.Of(KnownTypes.CurrencyAttributeName, "Code"),
        ApiName.Of("System.IComparable", "CompareTo"),
        ApiName.Of("System.IComparable`1", "CompareTo"),
        ApiName.Of("System.IEquatable`1", "Equals"));

    /// <summary>
    /// Assignments, deconstructions, initializers and returns: where a <c>[Currency]</c> declaration is checked;
    /// property references, for the value an extension block's property is read on (its receiver); tuple equality,
    /// which compares money elements with Money's <c>==</c>; and method groups, a method handed to a filter.
    /// </summary>
    public ImmutableArray<OperationKind> OperationKinds { get; } = ImmutableArray.Create(
        OperationKind.SimpleAssignment, OperationKind.CoalesceAssignment, OperationKind.DeconstructionAssignment, OperationKind.Return,
        OperationKind.YieldReturn, OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.PropertyReference,
        OperationKind.TupleBinary, OperationKind.MethodReference);

    /// <summary>
    /// Equals, CompareTo, Min and Max of Money, and CompareTo and Equals of the interfaces money may be cast to
    /// (<c>IComparable&lt;T&gt;</c>, <c>IComparable</c>, <c>IEquatable&lt;T&gt;</c>); the currency-stating Sum; the comparers' Compare and Equals; sorting and
    /// the minimum or maximum of sequences; adding to a collection; any method with a parameter of money (or a
    /// collection of it), whose <c>[Currency]</c> declaration is looked up at the call.
    /// </summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types)
    {
        if (types.Money is null)
        {
            return false;
        }

        if (method.IsOn(types.Money))
        {
            return method.Name is "Equals" or "CompareTo" or "Min" or "Max";
        }

        return method.IsOn(types.MoneyEnumerable) && method.Name == "Sum"
            || IsComparisonInterface(method)
            || IsComparer(method)
            || IsOrdering(method)
            || IsCollectionAdd(method)
            || method.Name is "Aggregate" or "Zip" && CallSource.IsLinq(method.ContainingType)
            || HasMoneyParameter(method, types)
            || CurrencyFlow.MayFoldEvents(method, types)
            || CurrencyFlow.MaySumParameters(method, types)
            || CurrencyFlow.MayPickMembers(method, types);
    }

    [MethodImpl(Hot.Path)]
    public void AnalyzeBinary(in RuleContext context, IBinaryOperation binary)
    {
        var types = context.Types;
        var resolver = context.Facts.Currencies;
        if (!binary.OperatorMethod.IsOn(types.Money) || !types.IsMoney(binary.LeftOperand.Type) || !types.IsMoney(binary.RightOperand.Type))
        {
            return;
        }

        string? symbol = binary.OperatorKind.MoneyOperatorText();
        if (symbol is not null)
        {
            Check(context, resolver, binary.LeftOperand, binary.RightOperand, symbol);
            CheckFoldStep(context, resolver, binary, symbol);
        }
    }

    [MethodImpl(Hot.Path)]
    public void AnalyzeCompoundAssignment(in RuleContext context, ICompoundAssignmentOperation compound)
    {
        var types = context.Types;
        var resolver = context.Facts.Currencies;
        if (!compound.OperatorMethod.IsOn(types.Money) || !types.IsMoney(compound.Target.Type) || !types.IsMoney(compound.Value.Type))
        {
            return;
        }

        string? symbol = compound.OperatorKind.MoneyOperatorText();
        if (symbol is not null)
        {
            if (resolver.CouldBeKnown(compound.Value)
                && Differ(resolver.ResolveCompoundTarget(compound, FlowMode.Optimistic, context.CancellationToken), resolver, compound.Value, FlowMode.Optimistic, context.CancellationToken) is not null
                && Differ(resolver.ResolveCompoundTarget(compound, FlowMode.Exact, context.CancellationToken), resolver, compound.Value, FlowMode.Exact, context.CancellationToken) is { } codes
                && !GuardedByCurrency(compound, context.Types, context.Facts.GuardHelpers, context.CancellationToken))
            {
                context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, compound.Syntax.GetLocation(), symbol + "=", codes.First, codes.Second));
            }
            else
            {
                CheckLoopSum(context, resolver, compound, symbol);
            }
        }
    }

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        var types = context.Types;
        var resolver = context.Facts.Currencies;
        if (method is null)
        {
            return;
        }

        CheckArguments(context, resolver, call, method, arguments);
        // the receiver of an extension block's member (yuan.Exceeds(dollars)) is one more of its money parameters
        var receiver = (call as IInvocationOperation)?.Instance;
        CheckParameterPairs(context, resolver, method, receiver, arguments);
        if (resolver.PickedMemberMixes(method, receiver, arguments, context.CancellationToken) is { } picks)
        {
            foreach (var picked in picks)
            {
                context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, context.Operation.Syntax.GetLocation(), picked.What, picked.First, picked.Second));
            }
        }

        CheckFolds(context, resolver, method, receiver, arguments);
        if (call is IInvocationOperation folding && CurrencyFlow.MayFoldEvents(method, types))
        {
            CheckEventFold(context, resolver, folding);
        }

        if (method.Name == "Aggregate" && arguments.Length == 2 && call is IInvocationOperation aggregate)
        {
            CheckUnseededFold(context, resolver, aggregate);
        }

        if (method.MethodKind == MethodKind.DelegateInvoke && call is IInvocationOperation { Instance: { } target })
        {
            CheckDelegatePairs(context, resolver, method, target, arguments);
        }

        if (method.MethodKind is MethodKind.LocalFunction or MethodKind.DelegateInvoke)
        {
            CheckCapturedPairs(context, resolver, method, (call as IInvocationOperation)?.Instance, arguments);
        }
        else if (method.MethodKind == MethodKind.Ordinary)
        {
            CheckFixedPairs(context, resolver, method, arguments);
            if (resolver.ParameterSumMix(method, arguments, context.CancellationToken) is { } summed)
            {
                context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, context.Operation.Syntax.GetLocation(), summed.What, summed.Stated, summed.Other));
            }

            if (method.ContainingType?.TypeKind == TypeKind.Interface && !method.IsAbstract
                || method.ContainingType?.TypeKind == TypeKind.Class && !method.IsStatic
                    && receiver?.SkipConversions() is IObjectCreationOperation or IInvocationOperation or IFieldReferenceOperation { Field.IsReadOnly: true } or IPropertyReferenceOperation)
            {
                // an interface's default body, or a class's method on an object just made (ComputePot.Airr().CanTake(m))
                CheckDefaultBodyPairs(context, resolver, method, receiver, arguments);
            }
            else if (method.IsExtensionMethod && call is IInvocationOperation extended && CurrencyFlow.ArgumentOfOrdinal(extended, 0) is { } held)
            {
                // an extension method on a read model held as one creation (China.Exceeds(dollars))
                CheckDefaultBodyPairs(context, resolver, method, held, arguments);
            }
        }

        if (call is not IInvocationOperation invocation)
        {
            return;
        }

        if (method.Name == "Enqueue" && resolver.QueuedPriorities(invocation, FlowMode.Exact, context.CancellationToken) is { } queued)
        {
            Check(context, resolver, queued.Held, queued.Given, "PriorityQueue<…, Money>.Enqueue");
        }

        if (method.Name == "Zip" && resolver.ZippedNeighbours(invocation, out string? step, context.CancellationToken) is { IsMixed: true } neighbours)
        {
            context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, invocation.Syntax.GetLocation(), "Zip(…, Skip(1), " + step + ")", neighbours.First, neighbours.Second));
        }

        if (invocation.Instance is ILocalReferenceOperation && resolver.PublishedMix(invocation, context.CancellationToken) is { } fed
            && !GuardedByCurrency(invocation, types, context.Facts.GuardHelpers, context.CancellationToken, new[] { (invocation.Arguments[0].Value, fed.Published) }))
        {
            context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, invocation.Syntax.GetLocation(), method.Name + ": OnNext of a subscribed total", fed.Total, fed.Published));
        }

        if (method.IsOn(types.Money))
        {
            if (!method.IsStatic && method.Name is "Equals" or "CompareTo" && invocation.Arguments.Length == 1 && invocation.Instance is { } instance)
            {
                // Equals(object) too: the argument boxed, explicitly or not
                var argument = invocation.Arguments[0].Value.SkipConversions();
                if (argument is not null && types.IsMoney(argument.Type))
                {
                    Check(context, resolver, instance, argument, method.Name);
                }
            }
            else if (method.IsStatic && method.Name is "Min" or "Max" && invocation.Arguments.Length == 2
                && types.IsMoney(method.Parameters[0].Type) && types.IsMoney(method.Parameters[1].Type))
            {
                Check(context, resolver, invocation.Arguments[0].Value, invocation.Arguments[1].Value, method.Name == "Min" ? "Money.Min" : "Money.Max");
            }

            return;
        }

        if (IsComparisonInterface(method))
        {
            // ((IComparable<Money>)yuan).CompareTo(dollars): the money cast to the interface it is compared through
            if (invocation.Arguments.Length == 1 && invocation.Instance is IConversionOperation { Operand: { } cast } && types.IsMoney(cast.Type)
                && invocation.Arguments[0].Value.SkipConversions() is { } compared && types.IsMoney(compared.Type))
            {
                Check(context, resolver, cast, compared, method.Name);
            }

            return;
        }

        if (method.IsOn(types.MoneyEnumerable) && method.Name == "Sum")
        {
            CheckSum(context, resolver, invocation);
        }
        else if (IsComparer(method))
        {
            if (invocation.Arguments.Length == 2 && method.ContainingType is { TypeArguments.Length: 1 } comparer && types.IsMoney(comparer.TypeArguments[0]))
            {
                Check(context, resolver, invocation.Arguments[0].Value, invocation.Arguments[1].Value, comparer.Name + "<Money>." + method.Name);
            }
        }
        else if (IsOrdering(method))
        {
            CheckOrdering(context, resolver, invocation);
        }
        else if (IsCollectionAdd(method) && invocation.Instance is { } collection && invocation.Arguments.Length > 0
            && DeclaredOf(resolver, collection) is { } declared)
        {
            var added = invocation.Arguments[invocation.Arguments.Length - 1].Value;
            if (types.IsMoney(added.Type))
            {
                CheckDeclared(context, resolver, declared.Code, added, declared.Name, elements: false);
            }
        }
    }

    /// <summary>Assignments, initializers and returns of a value that <c>[Currency]</c> declares.</summary>
    public void AnalyzeOperation(in RuleContext context, IOperation operation)
    {
        var resolver = context.Facts.Currencies;
        switch (operation)
        {
            case ISimpleAssignmentOperation { IsRef: false } assignment:
                CheckWrite(context, resolver, assignment.Target, assignment.Value);
                break;
            case ICoalesceAssignmentOperation coalesce:
                CheckWrite(context, resolver, coalesce.Target, coalesce.Value);
                break;
            case IDeconstructionAssignmentOperation { Target: ITupleOperation targets } deconstruction:
                CheckDeconstruction(context, resolver, targets, deconstruction.Value);
                break;
            case IFieldInitializerOperation fieldInitializer:
                foreach (var field in fieldInitializer.InitializedFields)
                {
                    CheckMember(context, resolver, field, field.Type, fieldInitializer.Value);
                }

                break;
            case IPropertyInitializerOperation propertyInitializer:
                foreach (var property in propertyInitializer.InitializedProperties)
                {
                    CheckMember(context, resolver, property, property.Type, propertyInitializer.Value);
                }

                break;
            case IReturnOperation { ReturnedValue: { } returned } returnOperation:
                CheckReturn(context, resolver, returnOperation, returned);
                break;
            case IPropertyReferenceOperation { Instance: { } instance, Property: { IsStatic: false, ContainingType: { IsExtension: true } block } }:
                // Money.Usd(1m).Thrice, a property of extension([Currency("CNY")] Money m): the value it is read on
                CheckReceiver(context, resolver, block.ExtensionParameter, instance);
                break;
            case IPropertyReferenceOperation { Instance: IObjectCreationOperation or IInvocationOperation, Property: { IsStatic: false, IsIndexer: false } } made:
                // new Spread(yuan, dollars).Width, a getter combining the two primary-constructor parameters
                CheckCreatedGetter(context, resolver, made);
                break;
            case IMethodReferenceOperation { Instance: not null } group when resolver.MethodGroupFilterMix(group, context.CancellationToken) is { } filtered:
                // Where(BigInYuan.IsSatisfiedBy) over dollars: the method meets every element
                context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, filtered.Filter.Syntax.GetLocation(), filtered.What, filtered.First, filtered.Second));
                break;
            case ITupleBinaryOperation tupleBinary when tupleBinary.OperatorKind.MoneyOperatorText() is { } symbol:
                CheckTupleElements(context, resolver, tupleBinary.LeftOperand, tupleBinary.RightOperand, symbol);
                break;
        }
    }

    /// <summary>
    /// A property read on an object just made whose getter combines two of its primary-constructor parameters, given
    /// two currencies by the creation (<see cref="CurrencyFlow.CreatedGetterMix"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckCreatedGetter(in RuleContext context, CurrencyFlow resolver, IPropertyReferenceOperation read)
    {
        if (resolver.CreatedGetterMix(read, FlowMode.Exact, context.CancellationToken) is { } mix)
        {
            context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, read.Syntax.GetLocation(), mix.What, mix.First, mix.Second));
        }
    }

    /// <summary>
    /// Tuple equality (<c>(cap, year) == (Money.Usd(1m), 2024)</c>) compares each pair of elements with their own
    /// <c>==</c>: each pair of money of two tuple literals is checked as <c>==</c> (or <c>!=</c>) is, nested tuples
    /// too; a tuple that is not written out is not followed.
    /// </summary>
    private static void CheckTupleElements(in RuleContext context, CurrencyFlow resolver, IOperation left, IOperation right, string symbol)
    {
        if (left.SkipConversions() is not ITupleOperation lefts || right.SkipConversions() is not ITupleOperation rights
            || lefts.Elements.Length != rights.Elements.Length)
        {
            return;
        }

        for (int i = 0; i < lefts.Elements.Length; i++)
        {
            var one = lefts.Elements[i].SkipConversions();
            var other = rights.Elements[i].SkipConversions();
            if (one is null || other is null)
            {
                continue;
            }

            if (context.Types.IsMoney(one.Type) && context.Types.IsMoney(other.Type))
            {
                Check(context, resolver, one, other, symbol);
            }
            else
            {
                CheckTupleElements(context, resolver, one, other, symbol);
            }
        }
    }

    private static void CheckWrite(in RuleContext context, CurrencyFlow resolver, IOperation target, IOperation value)
    {
        switch (target)
        {
            case IFieldReferenceOperation field:
                CheckMember(context, resolver, field.Field, field.Type, value);
                break;
            case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                CheckMember(context, resolver, property.Property, property.Type, value);
                break;
            case IParameterReferenceOperation parameter:
                CheckMember(context, resolver, parameter.Parameter, parameter.Type, value);
                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } collection } indexer when context.Types.IsMoney(target.Type):
                // book[0] = value with an indexer declared [Currency]; budgets["east"] = value: an element of a declared collection
                if (resolver.DeclaredCurrency(indexer.Property) is { } declaredIndexer)
                {
                    CheckDeclared(context, resolver, declaredIndexer, value, "this[]", elements: false);
                }
                else if (DeclaredOf(resolver, collection) is { } declared)
                {
                    CheckDeclared(context, resolver, declared.Code, value, declared.Name, elements: false);
                }

                break;
            case IArrayElementReferenceOperation element when context.Types.IsMoney(target.Type):
                if (DeclaredOf(resolver, element.ArrayReference) is { } declaredArray)
                {
                    CheckDeclared(context, resolver, declaredArray.Code, value, declaredArray.Name, elements: false);
                }

                break;
        }
    }

    /// <summary>
    /// A deconstruction into declared members: <c>(Cap, _) = (x, 0)</c> checks each element written (at the element),
    /// <c>(Cap, n) = Split()</c> the currency the tuple's element has (at the value).
    /// </summary>
    private static void CheckDeconstruction(in RuleContext context, CurrencyFlow resolver, ITupleOperation targets, IOperation value)
    {
        var tuple = value.SkipConversions() as ITupleOperation;
        for (int i = 0; i < targets.Elements.Length; i++)
        {
            var target = targets.Elements[i];
            if (tuple is not null)
            {
                if (i < tuple.Elements.Length)
                {
                    CheckWrite(context, resolver, target, tuple.Elements[i]);
                }

                continue;
            }

            if (context.Types.IsMoney(target.Type) && DeclaredOf(resolver, target) is { } declared
                && resolver.TupleElement(value, i, context.CancellationToken) is { } written && written != declared.Code)
            {
                context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, value.Syntax.GetLocation(), $"[Currency(\"{declared.Code}\")] {declared.Name}", declared.Code, written));
            }
        }
    }

    /// <summary>A value written into a field, property or parameter: itself, or its elements for a collection.</summary>
    private static void CheckMember(in RuleContext context, CurrencyFlow resolver, ISymbol member, ITypeSymbol? type, IOperation value)
    {
        bool isMoney = context.Types.IsMoney(type);
        if (!isMoney && !IsMoneyCollection(type, context.Types))
        {
            return;
        }

        if (resolver.DeclaredCurrency(member) is { } declared)
        {
            CheckDeclared(context, resolver, declared, value, member.Name, elements: !isMoney);
        }
    }

    private static void CheckReturn(in RuleContext context, CurrencyFlow resolver, IReturnOperation returnOperation, IOperation returned)
    {
        // the function the return belongs to: a local function, a lambda (its [return: Currency]), or the member
        IMethodSymbol? function = context.ContainingSymbol as IMethodSymbol;
        for (var parent = returnOperation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation lambda)
            {
                function = lambda.Symbol;
                break;
            }

            if (parent is ILocalFunctionOperation local)
            {
                function = local.Symbol;
                break;
            }
        }

        if (function is null)
        {
            return;
        }

        string? declared = resolver.DeclaredCurrency(function);
        string name = function.Name;
        if (declared is null && function.AssociatedSymbol is IPropertySymbol property && function.MethodKind == MethodKind.PropertyGet)
        {
            // a computed property declared [Currency]: what its getter returns
            declared = resolver.DeclaredCurrency(property);
            name = property.Name;
        }

        if (declared is null)
        {
            return;
        }

        // a yield return, an awaited result or a Money: the value itself; a returned collection: its elements
        bool elements = returnOperation.Kind == OperationKind.Return && !context.Types.IsMoney(returned.SkipConversions()?.Type ?? returned.Type)
            && IsMoneyCollection(returned.SkipConversions()?.Type, context.Types);
        if (elements || context.Types.IsMoney(returned.Type) || context.Types.IsMoney(returned.SkipConversions()?.Type))
        {
            CheckDeclared(context, resolver, declared, returned, name, elements);
        }
        else if (returnOperation.Kind == OperationKind.Return && !function.IsAsync && TaskResult(returned, context.Types) is { } result)
        {
            // [return: Currency("CNY")] Task<Money> Cached() => Task.FromResult(m): the task's result
            CheckDeclared(context, resolver, declared, result, name, elements: false);
        }
    }

    /// <summary>The money a task is made with: <c>Task.FromResult(m)</c>, <c>ValueTask.FromResult(m)</c>, <c>new ValueTask&lt;Money&gt;(m)</c>; else null.</summary>
    private static IOperation? TaskResult(IOperation returned, KnownTypes types)
    {
        IOperation? argument = returned.SkipConversions() switch
        {
            IInvocationOperation { TargetMethod: { Name: "FromResult", IsStatic: true } method, Arguments.Length: 1 } call
                when CallSource.IsTasks(method.ContainingType) => call.Arguments[0].Value,
            IObjectCreationOperation { Arguments.Length: 1 } creation when CallSource.IsTasks(creation.Type as INamedTypeSymbol) => creation.Arguments[0].Value,
            _ => null,
        };
        return argument is not null && types.IsMoney(argument.Type) ? argument : null;
    }

    /// <summary>The arguments for parameters declared <c>[Currency]</c> (a record's positional parameters too).</summary>
    private static void CheckArguments(in RuleContext context, CurrencyFlow resolver, IOperation call, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        IMethodSymbol? invoked = null;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || parameter.RefKind is RefKind.Out || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            bool isMoney = context.Types.IsMoney(parameter.Type);
            if (!isMoney && !IsMoneyCollection(parameter.Type, context.Types))
            {
                continue;
            }

            string? declared = resolver.DeclaredCurrency(parameter);
            if (declared is null && method.MethodKind == MethodKind.DelegateInvoke && call is IInvocationOperation { Instance: { } held })
            {
                // a delegate's call: the parameters of the lambda or method it always holds
                // (Action<Money> book = ([Currency("CNY")] Money m) => …)
                invoked ??= resolver.DelegateFunction(held, context.CancellationToken);
                declared = invoked is not null && parameter.Ordinal < invoked.Parameters.Length ? resolver.DeclaredCurrency(invoked.Parameters[parameter.Ordinal]) : null;
            }

            if (declared is null)
            {
                continue;
            }

            if (parameter.RefKind == RefKind.Ref && isMoney
                && argument.Value is ILocalReferenceOperation or IFieldReferenceOperation or IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation })
            {
                // Post(ref dollars), Post(ref _cap), Post(ref caps[0]): the call reads the variable before its own write
                CheckReadByReference(context, resolver, declared, argument, parameter.Name);
            }
            else
            {
                CheckDeclared(context, resolver, declared, argument.Value, parameter.Name, elements: !isMoney);
            }
        }

        // the receiver of an extension block's member, declared by the block's parameter (extension([Currency("CNY")]
        // Money m)): the value the member is called on (the static form passes it as the first argument, checked above)
        if (call is IInvocationOperation { Instance: { } instance })
        {
            CheckReceiver(context, resolver, ExtensionBlocks.ReceiverOf(method), instance);
        }
    }

    /// <summary>
    /// The value a member of an extension block is called or read on (<c>dollars.Times(2m)</c>, <c>dollars.Thrice</c>),
    /// against the block's parameter declared <c>[Currency]</c> (<c>extension([Currency("CNY")] Money m)</c>).
    /// </summary>
    private static void CheckReceiver(in RuleContext context, CurrencyFlow resolver, IParameterSymbol? receiver, IOperation instance)
    {
        if (receiver is { RefKind: not RefKind.Out } && (context.Types.IsMoney(receiver.Type) || IsMoneyCollection(receiver.Type, context.Types))
            && resolver.DeclaredCurrency(receiver) is { } declared)
        {
            CheckDeclared(context, resolver, declared, instance, receiver.Name, elements: !context.Types.IsMoney(receiver.Type));
        }
    }

    /// <summary>
    /// Two arguments known to be in different currencies, passed for two money parameters that the called method (of
    /// this compilation) combines or compares: the mismatch happens inside it, where neither currency can be seen.
    /// </summary>
    private static void CheckParameterPairs(in RuleContext context, CurrencyFlow resolver, IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var pair in resolver.PairsOf(method, context.CancellationToken))
        {
            if (CurrencyFlow.ArgumentsFor(pair, method, instance, arguments) is { } passed)
            {
                Check(context, resolver, passed.First, passed.Second, method.Name + ": " + pair.What);
            }
        }
    }

    /// <summary>
    /// A collection of money known to hold two currencies, passed for a parameter whose elements the called method (of
    /// this compilation) adds together: the mismatch happens inside it, at the step that meets the second currency.
    /// </summary>
    private static void CheckFolds(in RuleContext context, CurrencyFlow resolver, IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> arguments)
    {
        CheckSeededFolds(context, resolver, method, instance, arguments, resolver.EarlySeedsOf(method, context.CancellationToken));
        var folds = resolver.FoldsOf(method, context.CancellationToken);
        if (folds.Count == 0)
        {
            return;
        }

        CheckSeededFolds(context, resolver, method, instance, arguments, resolver.SeededFoldsOf(method, context.CancellationToken));
        foreach (var fold in folds)
        {
            // the collection given for the folded parameter (the call's instance for an extension block's receiver)
            if (ExtensionBlocks.ParameterAt(method, fold.Ordinal) is not { } parameter || !IsMoneyCollection(parameter.Type, context.Types)
                || ExtensionBlocks.ArgumentAt(method, instance, arguments, fold.Ordinal) is not { } value)
            {
                continue;
            }

            if (resolver.ElementsOf(CurrencyFlow.ArrayBehindSpan(value), context.CancellationToken) is { IsMixed: true } elements)
            {
                context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, context.Operation.Syntax.GetLocation(), method.Name + ": " + fold.What, elements.First, elements.Second));
            }
        }
    }

    /// <summary>
    /// A seed known in one currency and a collection whose elements are all known in another, passed to a method (of this
    /// compilation) that folds the collection starting from the seed (<c>SumAll(Money.Zero(Currency.CNY), dollars)</c>
    /// where <c>items.Aggregate(seed, (acc, m) =&gt; acc + m)</c>): the first step mixes them. A collection of two
    /// currencies is the other check's (<see cref="CheckFolds"/>). The seeds are those of <see cref="CurrencyFlow.SeededFoldsOf"/>
    /// or of <see cref="CurrencyFlow.EarlySeedsOf"/> (a predicate such as <c>Any</c>, which meets the first element).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckSeededFolds(in RuleContext context, CurrencyFlow resolver, IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, IReadOnlyList<SeededFold> seeded)
    {
        if (seeded.Count == 0)
        {
            return;
        }

        foreach (var fold in seeded)
        {
            if (ExtensionBlocks.ArgumentAt(method, instance, arguments, fold.Seed) is not { } seed || ExtensionBlocks.ArgumentAt(method, instance, arguments, fold.Items) is not { } items
                || !resolver.CouldBeKnown(seed)
                || resolver.ElementsOf(CurrencyFlow.ArrayBehindSpan(items), context.CancellationToken) is not { IsMixed: false, Code: { } code } || Currencies.IsNone(code)
                || Differ(code, resolver, seed, FlowMode.Optimistic, context.CancellationToken) is null
                || Differ(code, resolver, seed, FlowMode.Exact, context.CancellationToken) is not { } codes)
            {
                continue;
            }

            context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, context.Operation.Syntax.GetLocation(), method.Name + ": " + fold.What, codes.Second, codes.First));
        }
    }

    /// <summary>
    /// An argument known to be in another currency than the member of the call's receiver that an interface's default
    /// method compares or combines it with (<c>((IFunded)yuanFund).Headroom(dollars)</c> where <c>Money Headroom(Money
    /// cap) =&gt; cap - Committed</c>), or that a class's method compares it with, its receiver just made
    /// (<c>ComputePot.Airr().CanTake(dollars)</c>; see <see cref="CurrencyFlow.DefaultBodyPairsOf"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckDefaultBodyPairs(in RuleContext context, CurrencyFlow resolver, IMethodSymbol method, IOperation? receiver, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var (ordinal, code, fixedFirst, what) in resolver.DefaultBodyPairsOf(method, receiver, FlowMode.Exact, context.CancellationToken))
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal != ordinal || argument.ArgumentKind == ArgumentKind.DefaultValue || !resolver.CouldBeKnown(argument.Value)
                    || Differ(code, resolver, argument.Value, FlowMode.Optimistic, context.CancellationToken) is null
                    || Differ(code, resolver, argument.Value, FlowMode.Exact, context.CancellationToken) is not { } codes
                    || GuardedByCurrency(context.Operation, context.Types, context.Facts.GuardHelpers, context.CancellationToken, new[] { (argument.Value, codes.Second) }))
                {
                    continue;
                }

                context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, context.Operation.Syntax.GetLocation(), method.Name + ": " + what,
                    fixedFirst ? codes.First : codes.Second, fixedFirst ? codes.Second : codes.First));
            }
        }
    }

    /// <summary>
    /// LINQ's <c>Aggregate</c> without a seed (<c>xs.Aggregate((a, b) =&gt; a + b)</c>) over a collection known to hold two
    /// currencies: the total keeps the first element's currency, and the step that meets the other one mixes them.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckUnseededFold(in RuleContext context, CurrencyFlow resolver, IInvocationOperation aggregate)
    {
        if (!CallSource.IsLinq(aggregate.TargetMethod.ContainingType) || resolver.FoldStep(aggregate) is not { } step
            || (CurrencyFlow.ArgumentOfOrdinal(aggregate, 0) ?? aggregate.Instance) is not { } source)
        {
            return;
        }

        if (resolver.ElementsOf(CurrencyFlow.ArrayBehindSpan(source), context.CancellationToken) is { IsMixed: true } elements)
        {
            context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, aggregate.Syntax.GetLocation(), "Aggregate(" + step + ")", elements.First, elements.Second));
        }
    }

    /// <summary>
    /// An argument known to be in another currency than a value the called method's body combines or compares it with,
    /// which no call passes (<c>desk.CanFund(dollars)</c> where <c>bool CanFund(Money request) =&gt; request &lt;= budget</c>
    /// and every construction gives <c>budget</c> yuan; <c>AboveChips(yuan)</c> where <c>m &gt; Chips</c> and <c>Chips</c>
    /// holds dollars).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckFixedPairs(in RuleContext context, CurrencyFlow resolver, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var pair in resolver.FixedPairsOf(method, context.CancellationToken))
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal == pair.Ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    Check(context, resolver, pair.CapturedFirst ? pair.Captured : argument.Value, pair.CapturedFirst ? argument.Value : pair.Captured, method.Name + ": " + pair.What);
                }
            }
        }
    }

    /// <summary>Two arguments known to be in different currencies, passed to a delegate whose lambda combines or compares them.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckDelegatePairs(in RuleContext context, CurrencyFlow resolver, IMethodSymbol invoke, IOperation target, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var pair in resolver.DelegatePairsOf(invoke, target, context.CancellationToken))
        {
            if (CurrencyFlow.ArgumentsFor(pair, invoke, null, arguments) is { } passed)
            {
                Check(context, resolver, passed.First, passed.Second, target.Syntax.ToString() + ": " + pair.What);
            }
        }
    }

    /// <summary>
    /// An argument known to be in another currency than the local a called local function (or a delegate's lambda)
    /// captures and combines or compares it with: <c>Outsizes(dollars)</c> where <c>bool Outsizes(Money other) =&gt;
    /// national &gt; other</c> and <c>national</c> holds yuan.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckCapturedPairs(in RuleContext context, CurrencyFlow resolver, IMethodSymbol method, IOperation? target, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var pair in resolver.CapturedPairsOf(method, target, context.CancellationToken))
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal == pair.Ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    string name = method.MethodKind == MethodKind.LocalFunction ? method.Name : target!.Syntax.ToString();
                    Check(context, resolver, pair.CapturedFirst ? pair.Captured : argument.Value, pair.CapturedFirst ? argument.Value : pair.Captured, name + ": " + pair.What);
                }
            }
        }
    }

    /// <summary>A local passed by <c>ref</c> for a parameter declared <c>[Currency]</c>, known to be in another currency than the declared one.</summary>
    private static void CheckReadByReference(in RuleContext context, CurrencyFlow resolver, string declared, IArgumentOperation argument, string name)
    {
        if (resolver.ResolveReadByReference(argument, context.CancellationToken) is { } other && other != declared)
        {
            context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, argument.Value.Syntax.GetLocation(), $"[Currency(\"{declared}\")] {name}", declared, other));
        }
    }

    /// <summary>Reports a value (or the elements of a collection) known to be in another currency than the declared one.</summary>
    private static void CheckDeclared(in RuleContext context, CurrencyFlow resolver, string declared, IOperation value, string name, bool elements)
    {
        var cancellationToken = context.CancellationToken;
        string? other;
        if (elements)
        {
            other = resolver.ElementsOf(value, cancellationToken).OtherThan(declared);
        }
        else
        {
            if (!resolver.CouldBeKnown(value))
            {
                return;
            }

            other = resolver.Resolve(value, FlowMode.Optimistic, cancellationToken);
            if (other is null || other == declared)
            {
                return;
            }

            other = resolver.Resolve(value, FlowMode.Exact, cancellationToken);
        }

        if (other is not null && other != declared)
        {
            context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, value.Syntax.GetLocation(), $"[Currency(\"{declared}\")] {name}", declared, other));
        }
    }

    /// <summary>The declared currency of the collection a reference names (a field, property, parameter), with its name.</summary>
    private static (string Code, string Name)? DeclaredOf(CurrencyFlow resolver, IOperation collection)
    {
        ISymbol? symbol = InitializedMember(collection.SkipConversions() ?? collection) switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };

        return symbol is not null && resolver.DeclaredCurrency(symbol) is { } code ? (code, symbol.Name) : null;
    }

    /// <summary>The member a nested initializer fills (<c>Lines</c> of <c>new Ministry { Lines = { a, b } }</c>) for the
    /// implicit receiver of its <c>Add</c> calls and indexer writes; else the operation itself.</summary>
    private static IOperation InitializedMember(IOperation receiver)
    {
        if (receiver is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
        {
            for (var parent = receiver.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IObjectOrCollectionInitializerOperation initializer)
                {
                    return initializer.Parent is IMemberInitializerOperation member ? member.InitializedMember : receiver;
                }
            }
        }

        return receiver;
    }

    /// <summary><c>Sum(source, currency)</c> and <c>Sum(source, selector, currency)</c>: amounts known to be in another currency.</summary>
    private static void CheckSum(in RuleContext context, CurrencyFlow resolver, IInvocationOperation invocation)
    {
        var cancellationToken = context.CancellationToken;
        IOperation? source = null;
        IOperation? selector = null;
        IOperation? currency = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                return;
            }

            if (context.Types.IsCurrency(parameter.Type))
            {
                currency = argument.Value;
            }
            else if (parameter.Ordinal == 0)
            {
                source = argument.Value;
            }
            else
            {
                selector = argument.Value;
            }
        }

        if (source is null || currency is null || resolver.Resolve(currency, FlowMode.Exact, cancellationToken) is not { } stated)
        {
            return;
        }

        string? other;
        if (selector is null && GroupOfSelected(source) && resolver.ElementsOf(source, cancellationToken).Code is { } selected && !Currencies.IsNone(selected))
        {
            // GroupBy(m => m.Currency, m => Money.Usd(…)): every group holds what the element selector gives, whatever its
            // key (a test of the key shows nothing about them)
            if (selected != stated)
            {
                context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, invocation.Syntax.GetLocation(), "Sum(…, " + stated + ")", stated, selected));
            }

            return;
        }

        if (selector is null && KeyTestedGroup(source, invocation, resolver, context.Types, cancellationToken) is var (code, exact, grouped))
        {
            // GroupBy(m => m.Currency).Select(g => g.Key == Currency.USD ? g.Sum(Currency.USD) : g.Sum(Currency.CNY)): the
            // group holds the tested currency in one branch, and the source's other currencies in the other
            other = exact ? code : resolver.ElementsOf(grouped, cancellationToken).OtherThanExcept(stated, code);
            if (other is not null && other != stated)
            {
                context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, invocation.Syntax.GetLocation(), "Sum(…, " + stated + ")", stated, other));
            }

            return;
        }

        if (selector is not null && MemberKey(selector) is { } summed && context.Types.IsMoney(summed.Type)
            && KeyTestedGroup(source, invocation, resolver, context.Types, cancellationToken, summed) is var (memberCode, memberExact, memberGrouped))
        {
            // GroupBy(a => a.Amount.Currency).Select(g => g.Key == Currency.USD ? g.Sum(a => a.Amount, Currency.USD) : …):
            // the summed member holds the tested currency in one branch, and the source's other currencies of it in the other
            other = memberExact ? memberCode : resolver.MemberElementsOf(memberGrouped, summed, cancellationToken).OtherThanExcept(stated, memberCode);
            if (other is not null && other != stated)
            {
                context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, invocation.Syntax.GetLocation(), "Sum(…, " + stated + ")", stated, other));
            }

            return;
        }

        if (selector is not null)
        {
            // lines.Sum(l => l.Cost, Currency.EUR): what the selector returns; for a member of elements (or a tuple
            // element) that mix currencies (or of a group of them), a known one other than the stated currency
            other = resolver.ResultOf(selector, cancellationToken)
                ?? (MemberKey(selector) is { } member && context.Types.IsMoney(member.Type) ? resolver.MemberElementsOf(source, member, cancellationToken).OtherThan(stated)
                    : CurrencyFlow.SelectedMember(selector) is IFieldSymbol { ContainingType.IsTupleType: true } element && context.Types.IsMoney(element.Type)
                        ? resolver.TupleMemberElementsOf(source, element, cancellationToken).OtherThan(stated)
                        : null);
        }
        else
        {
            other = resolver.ElementsOf(source, cancellationToken).OtherThan(stated);
        }

        if (other is not null && other != stated && !GuardedByCurrency(invocation, context.Types, context.Facts.GuardHelpers, context.CancellationToken))
        {
            context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, invocation.Syntax.GetLocation(), "Sum(…, " + stated + ")", stated, other));
        }
    }

    /// <summary>
    /// Sorting, ordering by the money itself, or the minimum or maximum of a collection of money known to hold two
    /// currencies: every such call compares them.
    /// </summary>
    private static void CheckOrdering(in RuleContext context, CurrencyFlow resolver, IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var types = context.Types;
        IOperation? collection = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        if (collection is null)
        {
            return;
        }

        if (CurrencyFlow.IsSpanSort(method))
        {
            // caps.Sort() (C# 14's span conversion), caps.AsSpan().Sort(), ((Span<Money>)caps).Sort(): the whole array sorted
            // in place; any other span (a slice, a span local) is not followed
            collection = CurrencyFlow.WholeArrayOfSpan(collection);
        }

        if (method.Name is "ThenBy" or "ThenByDescending" && OrderedByCurrencyFirst(collection, types))
        {
            // OrderBy(p => p.Currency).ThenBy(p => p.Budget) compares budgets only within one currency
            return;
        }

        if (!types.IsMoney(ElementType(method, collection)))
        {
            CheckOrderingByMember(context, resolver, invocation, collection);
            return;
        }

        if (method.Name == "Sort" && HasRange(method))
        {
            // Array.Sort(caps, 0, 2), list.Sort(0, 2, comparer): only a range is sorted, and which currencies it holds is
            // not known even where the whole collection's are
            return;
        }

        // the key or comparison must compare the money itself
        int first = invocation.Instance is null ? 1 : 0;
        for (int i = first; i < invocation.Arguments.Length; i++)
        {
            var argument = invocation.Arguments[i];
            if (argument.Parameter is { } parameter && (parameter.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Boolean || IsSortedItems(parameter)))
            {
                continue;
            }

            if (!ComparesMoney(argument.Value, types))
            {
                return;
            }
        }

        var elements = resolver.ElementsOf(collection, context.CancellationToken);
        var mixed = elements.IsMixed ? (elements.First!, elements.Second!) : resolver.KeyedMix(collection, context.CancellationToken);
        if (mixed is var (one, other) && !GuardedByCurrency(invocation, types, context.Facts.GuardHelpers, context.CancellationToken))
        {
            // caps["Wuhan"] = yuan; caps["Austin"] = dollars: two keys hold two currencies, whatever else is replaced
            context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, invocation.Syntax.GetLocation(), method.Name, one, other));
        }
    }

    /// <summary>
    /// Ordering records by a money member, or the minimum or maximum of it (<c>programmes.OrderBy(p =&gt; p.Budget)</c>,
    /// <c>Max(p =&gt; p.Budget)</c>, <c>MaxBy(p =&gt; p.Budget)</c>), where that member holds two currencies across the elements: the keys compared mix them.
    /// </summary>
    private static void CheckOrderingByMember(in RuleContext context, CurrencyFlow resolver, IInvocationOperation invocation, IOperation collection)
    {
        var method = invocation.TargetMethod;
        if (method.Name is not ("OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "Min" or "Max" or "MinBy" or "MaxBy") || invocation.Arguments.Length != 2
            || (CurrencyFlow.SelectedMember(invocation.Arguments[1].Value) ?? resolver.KeptMemberKey(invocation.Arguments[1].Value)) is not { } member
            || !context.Types.IsMoney(member switch { IPropertySymbol property => property.Type, IFieldSymbol field => field.Type, _ => null }))
        {
            return;
        }

        // Max(p => p.Budget) over records, Max(r => r.Cap) over tuples
        var elements = member is IPropertySymbol byProperty
            ? resolver.LookupGroupMemberElements(collection, byProperty, context.CancellationToken) ?? resolver.MemberElementsOf(collection, byProperty, context.CancellationToken)
            : resolver.TupleMemberElementsOf(collection, (IFieldSymbol)member, context.CancellationToken);
        if (elements.IsMixed && !GuardedByCurrency(invocation, context.Types, context.Facts.GuardHelpers, context.CancellationToken))
        {
            context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, invocation.Syntax.GetLocation(), method.Name + " by " + member.Name, elements.First, elements.Second));
        }
    }

    /// <summary>Whether an ordered sequence's earlier keys (the <c>OrderBy</c> and <c>ThenBy</c> calls it is made by) may
    /// tell currencies apart: <c>xs.OrderBy(p =&gt; p.Currency)</c>, a key the flow cannot read.</summary>
    private static bool OrderedByCurrencyFirst(IOperation collection, KnownTypes types)
    {
        var current = collection.SkipConversions();
        for (int i = 0; i < 16 && current is IInvocationOperation { TargetMethod.Name: "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" } ordering
            && CallSource.IsLinq(ordering.TargetMethod.ContainingType) && ordering.Arguments.Length >= 2; i++)
        {
            if (CurrencyFlow.MayTellCurrencies(ordering.Arguments[1].Value, types))
            {
                return true;
            }

            if (ordering.TargetMethod.Name is "OrderBy" or "OrderByDescending")
            {
                return false;
            }

            current = ordering.Arguments[0].Value.SkipConversions();
        }

        return false;
    }

    /// <summary>The property a key selector reads from its element: <c>p =&gt; p.Budget</c>.</summary>
    private static IPropertySymbol? MemberKey(IOperation argument) => CurrencyFlow.SelectedMember(argument) as IPropertySymbol;

    /// <summary>The lambda an argument passes (through conversions and a delegate creation), or null.</summary>
    private static IAnonymousFunctionOperation? Lambda(IOperation argument)
    {
        var value = argument.SkipConversions();
        return (value is IDelegateCreationOperation creation ? creation.Target : value) as IAnonymousFunctionOperation;
    }

    /// <summary>What a lambda whose whole body is one expression returns (<c>x =&gt; expr</c>), conversions skipped; else null.</summary>
    private static IOperation? Key(IAnonymousFunctionOperation lambda) =>
        lambda.OnlyReturned().SkipConversions();

    /// <summary>
    /// Whether a key selector, comparison or comparer given to a sort compares money: <c>x =&gt; x</c>,
    /// <c>(a, b) =&gt; a.CompareTo(b)</c>, <c>Comparer&lt;Money&gt;.Default</c>.
    /// </summary>
    private static bool ComparesMoney(IOperation argument, KnownTypes types)
    {
        if (Lambda(argument) is { } lambda)
        {
            if (lambda.Symbol.Parameters.Length == 1)
            {
                // an identity key: x => x
                return Key(lambda) is IParameterReferenceOperation { Parameter: { } keyParameter }
                    && SymbolEqualityComparer.Default.Equals(keyParameter, lambda.Symbol.Parameters[0]);
            }

            if (types.MentionsCurrency(lambda.Body))
            {
                // (a, b) => a.Currency != b.Currency ? … : a.CompareTo(b): compares money only within a currency
                return false;
            }

            foreach (var operation in lambda.Body.Descendants())
            {
                if (operation is IInvocationOperation { TargetMethod: { Name: "CompareTo" or "Compare" } compare } && (compare.IsOn(types.Money) || IsComparer(compare)))
                {
                    return true;
                }

                if (operation is IBinaryOperation { OperatorMethod: { } binary } && binary.IsOn(types.Money) && ((IBinaryOperation)operation).OperatorKind.MoneyOperatorText() is "<" or ">" or "<=" or ">=")
                {
                    return true;
                }
            }

            return false;
        }

        // Money's own ordering: Comparer<Money>.Default, or Comparer<Money>.Create of a comparison that compares money
        // (any other comparer of money may order by currency first)
        return argument.SkipConversions() switch
        {
            IPropertyReferenceOperation { Property: { Name: "Default", IsStatic: true, ContainingType: { Name: "Comparer", TypeArguments.Length: 1 } comparer } }
                => CallSource.IsCollectionsGeneric(comparer) && types.IsMoney(comparer.TypeArguments[0]),
            IInvocationOperation { TargetMethod: { Name: "Create", IsStatic: true, ContainingType: { Name: "Comparer", TypeArguments.Length: 1 } created }, Arguments.Length: 1 } create
                => CallSource.IsCollectionsGeneric(created) && types.IsMoney(created.TypeArguments[0]) && ComparesMoney(create.Arguments[0].Value, types),
            _ => false,
        };
    }

    /// <summary>Whether a sort takes an index and a length (or count): it sorts a range of the collection, not all of it.</summary>
    private static bool HasRange(IMethodSymbol sort)
    {
        foreach (var parameter in sort.Parameters)
        {
            if (parameter.Type.SpecialType == SpecialType.System_Int32)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The items a sort keyed by another array or span moves along with the keys (<c>Array.Sort(keys, items)</c>,
    /// <c>keys.AsSpan().Sort(items.AsSpan())</c>): only the keys are compared.
    /// </summary>
    private static bool IsSortedItems(IParameterSymbol parameter) =>
        parameter is { Ordinal: 1, Name: "items" } && parameter.ContainingSymbol is IMethodSymbol { Name: "Sort" } sort
        && (sort.ContainingType is { SpecialType: SpecialType.System_Array } || CurrencyFlow.IsSpanSort(sort));

    /// <summary>The element type of the sequence an ordering works on.</summary>
    private static ITypeSymbol? ElementType(IMethodSymbol method, IOperation collection)
    {
        if (method.IsGenericMethod && method.TypeArguments.Length > 0)
        {
            return method.TypeArguments[0];
        }

        if (method.ContainingType is { TypeArguments.Length: 1 } generic)
        {
            return generic.TypeArguments[0];
        }

        return (collection.SkipConversions()?.Type as IArrayTypeSymbol)?.ElementType;
    }

    /// <summary>
    /// <c>CompareTo</c> of <c>System.IComparable&lt;T&gt;</c> or <c>System.IComparable</c>, or <c>Equals</c> of
    /// <c>System.IEquatable&lt;T&gt;</c>: interfaces Money implements, through which a value cast to them compares as
    /// Money's own method does.
    /// </summary>
    private static bool IsComparisonInterface(IMethodSymbol method) =>
        !method.IsStatic && method.Parameters.Length == 1
        && method.ContainingType is { TypeKind: TypeKind.Interface, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } type
        && (method.Name == "CompareTo" && type.Name == "IComparable" && type.Arity <= 1 || method.Name == "Equals" && type.Name == "IEquatable" && type.Arity == 1);

    /// <summary>Compare or Equals of <c>Comparer&lt;T&gt;</c>, <c>IComparer&lt;T&gt;</c>, <c>EqualityComparer&lt;T&gt;</c>, <c>IEqualityComparer&lt;T&gt;</c>.</summary>
    private static bool IsComparer(IMethodSymbol method) =>
        method.Name is "Compare" or "Equals" && method.Parameters.Length == 2
        && method.ContainingType is { Name: "Comparer" or "IComparer" or "EqualityComparer" or "IEqualityComparer", TypeArguments.Length: 1 } type
        && CallSource.IsCollectionsGeneric(type);

    /// <summary>Sorting and ordering: <c>List.Sort</c>, <c>Array.Sort</c>, LINQ's Order, OrderBy, ThenBy, Min, Max, MinBy and MaxBy.</summary>
    private static bool IsOrdering(IMethodSymbol method) =>
        method.Name switch
        {
            "Sort" => method.ContainingType is { SpecialType: SpecialType.System_Array } || !method.IsStatic && CallSource.IsCollectionsGeneric(method.ContainingType)
                || CurrencyFlow.IsSpanSort(method),
            "Order" or "OrderDescending" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "Min" or "Max" or "MinBy" or "MaxBy" => CallSource.IsLinq(method.ContainingType),
            _ => false,
        };

    /// <summary>A method of a BCL collection that adds one element (the last argument): <c>Add</c>, <c>Insert</c>, <c>TryAdd</c>, <c>Push</c>…</summary>
    private static bool IsCollectionAdd(IMethodSymbol method) =>
        method.Name is "Add" or "Insert" or "TryAdd" or "Push" or "Enqueue" or "AddFirst" or "AddLast" && !method.IsStatic && CallSource.IsCollectionsGeneric(method.ContainingType);

    /// <summary>A method outside AiRace.Core with a parameter of money or of a collection of money (which may be declared <c>[Currency]</c>).</summary>
    private static bool HasMoneyParameter(IMethodSymbol method, KnownTypes types)
    {
        if (SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, types.Money?.ContainingAssembly))
        {
            return false;
        }

        // the receiver of an extension block's member too (items.Total())
        int positions = ExtensionBlocks.Count(method);
        for (int position = 0; position < positions; position++)
        {
            if (ExtensionBlocks.ParameterAt(method, position) is { } parameter && (types.IsMoney(parameter.Type) || IsMoneyCollection(parameter.Type, types)))
            {
                return true;
            }
        }

        // a delegate's Invoke (Func<T1, T2, TResult>): a lambda it holds may combine two money arguments, or declare a
        // parameter [Currency]
        if (method.MethodKind == MethodKind.DelegateInvoke && method.Parameters.Length >= 1)
        {
            return true;
        }

        // a generic method of the compilation (or a member of a generic extension block, its receiver one more
        // parameter) with two parameters of a type that generic math lets it add or compare
        // (T : IComparisonOperators<T, T, bool>): called with money, its body may combine the two; or with a collection
        // of such a type, whose elements its body may add together
        return (method.IsGenericMethod || method.ContainingType is { IsExtension: true, Arity: > 0 }) && method.DeclaringSyntaxReferences.Length == 1
            && (CurrencyFlow.GenericMathParameterCount(method) >= 2 || CurrencyFlow.HasGenericMathCollectionParameter(method));
    }

    /// <summary>An array or generic collection whose last type argument (a dictionary's value) is Money.</summary>
    private static bool IsMoneyCollection(ITypeSymbol? type, KnownTypes types) => type switch
    {
        IArrayTypeSymbol array => types.IsMoney(array.ElementType),
        INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: > 0 } named => !types.IsMoney(named) && named.Name is not ("Task" or "ValueTask" or "Nullable") && types.IsMoney(named.TypeArguments[named.TypeArguments.Length - 1]),
        _ => false,
    };

    [MethodImpl(Hot.Path)]
    private static void Check(in RuleContext context, CurrencyFlow resolver, IOperation left, IOperation right, string what)
    {
        if (!resolver.CouldBeKnown(left) || !resolver.CouldBeKnown(right))
        {
            return;
        }

        // the optimistic reading skips the search for later writes to locals; only a mismatch there is worth proving
        if (Differ(resolver.Resolve(left, FlowMode.Optimistic, context.CancellationToken), resolver, right, FlowMode.Optimistic, context.CancellationToken) is null
            || Differ(resolver.Resolve(left, FlowMode.Exact, context.CancellationToken), resolver, right, FlowMode.Exact, context.CancellationToken) is not { } codes
            || GuardedByCurrency(context.Operation, context.Types, context.Facts.GuardHelpers, context.CancellationToken, new[] { (left, codes.First), (right, codes.Second) }))
        {
            return;
        }

        context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, context.Operation.Syntax.GetLocation(), what, codes.First, codes.Second));
    }

    /// <summary>
    /// Whether an operation runs only where a test has shown the currency of a value it uses, in its own function: the
    /// branch of <c>?:</c> or <c>if</c> that the test leads to (<c>p.Currency == total.Currency ? total + p : total</c>;
    /// for <c>!=</c>, the other branch), the right of <c>&amp;&amp;</c> after a test that holds (<c>Home.Currency ==
    /// Currency.USD &amp;&amp; Home &gt; limit</c>) or of <c>||</c> after one that fails, a <c>case</c> or switch arm on the
    /// currency or on the money by a pattern on its currency, the <c>when</c> clause of that case or arm, or the statements after <c>if (a.Currency != b.Currency) return …;</c> (or <c>throw</c>, <c>continue</c>,
    /// <c>break</c>). The code handles a mismatch itself there. A pair of values tested against each other (or by a
    /// helper) counts only when neither may be written in the member, as for AIR0004. A test of some other value's currency guards nothing
    /// (<c>price.Currency == Currency.EUR &amp;&amp; yen &gt; euros</c>, <c>order.Fee.Currency == … &amp;&amp; order.Budget &gt; …</c>).
    /// A case or arm (its pattern, or the currency switched on) on money the member writes between the match and the use
    /// (<c>case "USD": cap = …;</c>, see <see cref="CurrencyGuards.WrittenBetween"/>), or on a member path when code of the
    /// compilation may run there (<see cref="CurrencyGuards.CodeRunsBetween"/>, from <see cref="CurrencyGuards.MatchOf"/>), shows
    /// nothing at the use, nor one that shows a value to be in the currency it is already known in (<paramref name="known"/>:
    /// <c>case { Currency.Code: "USD" }:</c> or <c>Cap.Currency == Currency.USD &amp;&amp;</c> over a dollar cap then
    /// compared with yuan) handles no mismatch; the tests beside it in the same <c>&amp;&amp;</c> (or, failing, <c>||</c>)
    /// still guard.
    /// </summary>
    private static bool GuardedByCurrency(IOperation operation, KnownTypes types, GuardHelpers helpers, CancellationToken cancellationToken, (IOperation Value, string Code)[]? known = null)
    {
        List<IOperation>? used = null;
        var pairs = new List<(IOperation, IOperation)>();
        var ownWrite = operation is IAssignmentOperation ? operation.Syntax
            : operation.Parent is IAssignmentOperation { Value: var assigned } store && assigned == operation ? store.Syntax : null;
        foreach (var (test, holds, switched, localsOnly) in CurrencyGuards.Around(operation, types))
        {
            if (switched
                && (known is not null && (ConfirmsKnown(test, test, known, types) || ConfirmsKnown(CurrencyGuards.MatchOf(test, operation), test, known, types))
                    || Tested(test, types).Exists(value => UnitStrippingRule.MayBeWritten(operation, value, cancellationToken, ownWrite)
                        && CurrencyGuards.WrittenBetween(CurrencyGuards.MatchOf(test, operation), operation, value, types))
                    || Tested(test, types).Exists(value => !CurrencyGuards.CannotBeChanged(value)) && CurrencyGuards.CodeRunsBetween(CurrencyGuards.MatchOf(test, operation), operation, types, helpers, cancellationToken)))
            {
                // a case or arm (its pattern, or the currency switched on) on money that is already known in it, or that
                // the member (or code it runs after the match, for a member path) may write
                continue;
            }

            if (!switched && known is not null && CurrencyGuards.OnlyConfirmsKnown(test, holds, known, types))
            {
                // Cap.Currency == Currency.USD over a dollar cap: shows only what was known; a test beside it
                // (&& Limit.Currency == Cap.Currency) still guards
                foreach (var part in CurrencyGuards.Conjuncts(test, holds))
                {
                    if (part != test && !CurrencyGuards.OnlyConfirmsKnown(part, holds, known, types)
                        && Guards(part, holds, localsOnly, types, operation, pairs, ref used, helpers, cancellationToken))
                    {
                        return true;
                    }
                }

                continue;
            }

            if (switched
                ? Tested(test, types) is { Count: > 0 } cases && Uses(operation, cases, ref used)
                : Guards(test, holds, localsOnly, types, operation, pairs, ref used, helpers, cancellationToken))
            {
                return true;
            }
        }

        // a pair whose value may be written in the member may have been checked as another value (y = Money.Usd(2m); after it)
        // (not by the assignment of the operation's own result: total += p, total = total + p)
        pairs.RemoveAll(pair => UnitStrippingRule.MayBeWritten(operation, pair.Item1, cancellationToken, ownWrite)
            || UnitStrippingRule.MayBeWritten(operation, pair.Item2, cancellationToken, ownWrite));
        return pairs.Count > 0 && PairedInOneGroup(operation, pairs, ref used, cancellationToken);
    }

    /// <summary>
    /// Whether a case or arm (its pattern, <c>{ Currency.Code: "USD" }</c>, or the label or constant pattern matched by
    /// the currency code switched on, <c>case "USD":</c>) names a currency code that a value <paramref name="test"/>
    /// reads the currency of is already known to be in.
    /// </summary>
    private static bool ConfirmsKnown(IOperation match, IOperation test, (IOperation Value, string Code)[] known, KnownTypes types)
    {
        var tested = Tested(test, types);
        foreach (var part in match.DescendantsAndSelf())
        {
            var named = part switch
            {
                IPropertySubpatternOperation { Member: IPropertyReferenceOperation { Property.Name: "Code", Instance: { } currency }, Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: string code } } }
                    when types.IsCurrency(currency.Type) => code,
                IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: string code } } when part == match => code,
                { ConstantValue: { HasValue: true, Value: string code } } when part == match => code,
                _ => null,
            };
            if (named is not null && CurrencyGuards.LowerCased(test))
            {
                // switch (code.ToLowerInvariant()) { case "usd": … }: the code upper-cased
                named = named.ToUpperInvariant();
            }

            if (named is not null
                && System.Array.Exists(known, value => value.Code == named && tested.Exists(one => CurrencyGuards.SamePath(one, value.Value.SkipConversions()))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a test, when it <paramref name="holds"/> (or fails), shows the currency of a value the guarded operation
    /// uses; the pairs of values it shows to be in one currency go to <paramref name="pairs"/>. A call of a helper of the
    /// code before the use (<c>SameCurrency(a, b);</c>) gives the pairs that <see cref="GuardHelpers"/> finds it checks.
    /// With <paramref name="localsOnly"/>, or when code of the compilation may run between the test and the use
    /// (<see cref="CurrencyGuards.CodeRunsBetween"/>), only values that are locals or parameters of the member count
    /// (<see cref="CurrencyGuards.IsPlainVariable"/>).
    /// </summary>
    private static bool Guards(IOperation test, bool holds, bool localsOnly, KnownTypes types, IOperation guarded, List<(IOperation, IOperation)> pairs, ref List<IOperation>? used, GuardHelpers helpers, CancellationToken cancellationToken)
    {
        int known = pairs.Count;
        var shown = new List<IOperation>();
        if (test is IExpressionStatementOperation { Operation: IInvocationOperation call })
        {
            // SameCurrency(a, b); before the use: a helper of the code that throws on a mismatch
            pairs.AddRange(helpers.Pairs(call, null, cancellationToken));
        }
        else
        {
            Shown(test, holds, types, shown, pairs, 0);
        }

        bool members = shown.Exists(value => !CurrencyGuards.CannotBeChanged(value));
        for (int i = known; i < pairs.Count && !members; i++)
        {
            members = !CurrencyGuards.CannotBeChanged(pairs[i].Item1) || !CurrencyGuards.CannotBeChanged(pairs[i].Item2);
        }

        if (members && (localsOnly || CurrencyGuards.CodeRunsBetween(test, guarded, types, helpers, cancellationToken)))
        {
            shown.RemoveAll(value => !CurrencyGuards.CannotBeChanged(value));
            for (int i = pairs.Count - 1; i >= known; i--)
            {
                if (!CurrencyGuards.CannotBeChanged(pairs[i].Item1) || !CurrencyGuards.CannotBeChanged(pairs[i].Item2))
                {
                    pairs.RemoveAt(i);
                }
            }
        }

        return shown.Count > 0 && Uses(guarded, shown, ref used);
    }

    /// <summary>
    /// Whether the guarded operation uses two values that the pairs of the tests around it join into one group of equal
    /// currency (<c>a ~ b</c> and <c>b ~ c</c> put <c>a</c>, <c>b</c> and <c>c</c> in one); a local written only by
    /// its declaration (<c>var cap = limit;</c>) stands for the value it copies.
    /// </summary>
    private static bool PairedInOneGroup(IOperation guarded, List<(IOperation, IOperation)> pairs, ref List<IOperation>? used, CancellationToken cancellationToken)
    {
        Uses(guarded, new List<IOperation>(), ref used);
        var values = new List<IOperation>();
        var group = new List<int>();
        foreach (var (one, other) in pairs)
        {
            int first = GroupOf(CopiedValue(one, cancellationToken), values, group);
            int second = GroupOf(CopiedValue(other, cancellationToken), values, group);
            if (first != second)
            {
                for (int i = 0; i < group.Count; i++)
                {
                    if (group[i] == second)
                    {
                        group[i] = first;
                    }
                }
            }
        }

        var seen = new List<(IOperation Value, int Group)>();
        foreach (var operation in used!)
        {
            var value = CopiedValue(operation, cancellationToken);
            int index = values.FindIndex(known => CurrencyGuards.SamePath(known, value));
            if (index < 0)
            {
                continue;
            }

            foreach (var (other, otherGroup) in seen)
            {
                if (otherGroup == group[index] && !CurrencyGuards.SamePath(other, value))
                {
                    return true;
                }
            }

            seen.Add((value, group[index]));
        }

        return false;
    }

    /// <summary>The index of a value among <paramref name="values"/> (as storage), added in a group of its own when new.</summary>
    private static int GroupOf(IOperation value, List<IOperation> values, List<int> group)
    {
        int index = values.FindIndex(known => CurrencyGuards.SamePath(known, value));
        if (index >= 0)
        {
            return group[index];
        }

        values.Add(value);
        group.Add(values.Count - 1);
        return values.Count - 1;
    }

    /// <summary>
    /// The value a local copies when its declaration is its only write (<c>var cap = limit;</c> reads as <c>limit</c>,
    /// through copies of copies), else the value itself.
    /// </summary>
    private static IOperation CopiedValue(IOperation value, CancellationToken cancellationToken)
    {
        for (int i = 0; i < 4; i++)
        {
            if (value.SkipConversions() is not ILocalReferenceOperation { Local: { RefKind: RefKind.None } local } reference
                || reference.SemanticModel is not { } model
                || local.DeclaringSyntaxReferences.Length != 1
                || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
                || declarator.SyntaxTree != model.SyntaxTree
                || model.GetOperation(initializer, cancellationToken).SkipConversions() is not { } source
                || source is not (ILocalReferenceOperation or IParameterReferenceOperation or IMemberReferenceOperation)
                || LocalWrites.MayBeWritten(local, declarator, null, model, cancellationToken))
            {
                return value;
            }

            value = source;
        }

        return value;
    }

    /// <summary>
    /// The money values whose currency a test shows when it holds (or fails, for <paramref name="holds"/> false):
    /// <c>a.Currency == b.Currency</c>, <c>m is { Currency.Code: "USD" }</c> and <c>m.Currency.Code is "USD"</c> when
    /// they hold, <c>!=</c> and <c>is not "USD"</c> when they fail,
    /// both sides of <c>&amp;&amp;</c> that holds and of <c>||</c> that fails, a method of the code that answers yes or no
    /// about money (<c>Fx.IsDollar(Home)</c>) when it holds. A test of two money values against each other
    /// (<c>a.Currency == b.Currency</c>, <c>a.Currency.Equals(b.Currency)</c>) shows a currency only of the pair: it goes
    /// to <paramref name="pairs"/>, and guards an operation that uses both.
    /// </summary>
    private static void Shown(IOperation test, bool holds, KnownTypes types, List<IOperation> shown, List<(IOperation, IOperation)> pairs, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        switch (test.SkipConversions())
        {
            case IPropertyReferenceOperation { Property.Name: "Key", Type.SpecialType: SpecialType.System_Boolean, Instance: { } group }
                when GroupedByCurrencyTest(group, types):
                // g.Key ? g.Sum(Currency.CNY) : g.Sum(Currency.USD) over GroupBy(m => m.Currency == Currency.CNY): each
                // branch has the group its currency test chose
                shown.Add(group);
                break;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                Shown(not.Operand, !holds, types, shown, pairs, depth + 1);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when holds:
                Shown(both.LeftOperand, true, types, shown, pairs, depth + 1);
                Shown(both.RightOperand, true, types, shown, pairs, depth + 1);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when !holds:
                Shown(either.LeftOperand, false, types, shown, pairs, depth + 1);
                Shown(either.RightOperand, false, types, shown, pairs, depth + 1);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } equality
                when (equality.OperatorKind == BinaryOperatorKind.Equals) == holds:
                Compared(Tested(equality.LeftOperand, types), Tested(equality.RightOperand, types), shown, pairs);
                break;
            case IIsPatternOperation { Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: bool constant } } } answer:
                // Home.Currency.Equals(limit.Currency) is false
                Shown(answer.Value, holds == constant, types, shown, pairs, depth + 1);
                break;
            case IIsPatternOperation { Pattern: IRecursivePatternOperation positional } tuplePattern when holds && tuplePattern.Value.SkipConversions() is ITupleOperation:
                // (a.Currency.Code, b.Currency.Code) is ("USD", "USD"): each money whose code an element names
                foreach (var element in CurrencyGuards.NamedElements(tuplePattern.Value, positional, types))
                {
                    shown.AddRange(Tested(element, types));
                }

                break;
            case IIsPatternOperation { Pattern: not INegatedPatternOperation } pattern when holds && !CurrencyGuards.LeavesCurrencyOpen(pattern.Pattern) && (types.MentionsCurrency(pattern.Pattern) || types.IsCurrency(pattern.Value.Type) || CodeConstant(pattern.Value, pattern.Pattern, types))
                && CurrencyGuards.NamesOneCurrency(pattern.Pattern, CurrencyGuards.IsCurrencyValue(pattern.Value, types), types):
                // Home is { Currency.Code: "USD" }, Home.Currency is { Code: "USD" }, Home.Currency.Code is "USD"
                shown.Add(pattern.Value);
                shown.AddRange(Tested(pattern.Value, types));
                break;
            case IIsPatternOperation { Pattern: INegatedPatternOperation negated } pattern when !holds && !CurrencyGuards.LeavesCurrencyOpen(negated.Pattern) && (types.MentionsCurrency(negated.Pattern) || types.IsCurrency(pattern.Value.Type) || CodeConstant(pattern.Value, negated.Pattern, types))
                && CurrencyGuards.NamesOneCurrency(negated.Pattern, CurrencyGuards.IsCurrencyValue(pattern.Value, types), types):
                // Home.Currency.Code is not "USD" failing
                shown.Add(pattern.Value);
                shown.AddRange(Tested(pattern.Value, types));
                break;
            case IInvocationOperation { TargetMethod: { ReturnType.SpecialType: SpecialType.System_Boolean } method } call when holds:
                if (method.Name == "Equals")
                {
                    // a.Currency.Equals(b.Currency)
                    if (call.Instance is { } instance && call.Arguments.Length == 1)
                    {
                        Compared(Tested(instance, types), Tested(call.Arguments[0].Value, types), shown, pairs);
                    }
                    else if (call.Instance is null && call.Arguments.Length == 2)
                    {
                        Compared(Tested(call.Arguments[0].Value, types), Tested(call.Arguments[1].Value, types), shown, pairs);
                    }
                    else
                    {
                        if (call.Instance is { } target)
                        {
                            shown.AddRange(Tested(target, types));
                        }

                        foreach (var argument in call.Arguments)
                        {
                            shown.AddRange(Tested(argument.Value, types));
                        }
                    }
                }
                else if (!method.DeclaringSyntaxReferences.IsEmpty)
                {
                    // Fx.IsDollar(Home), SameCurrency(a, b): the code's own test of the money it is given
                    foreach (var argument in call.Arguments)
                    {
                        if (types.IsMoney(argument.Value.Type))
                        {
                            shown.Add(argument.Value);
                        }
                    }
                }

                break;
        }
    }

    /// <summary>Whether a pattern is a code constant tested against a money value's currency code (<c>Home.Currency.Code is "USD"</c>).</summary>
    private static bool CodeConstant(IOperation value, IPatternOperation pattern, KnownTypes types) =>
        pattern is IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: string } } && CurrencyGuards.CurrencyOf(value, types) is not null;

    /// <summary>
    /// The currency a group of a <c>GroupBy</c> by its elements' currency (<c>m =&gt; m.Currency</c>, its code, or a test
    /// of it: <c>m =&gt; m.Currency == Currency.CNY</c>) is known to hold where <paramref name="use"/> runs, under a
    /// <c>?:</c> or <c>if</c> that tests the group's key (<c>g.Key == Currency.USD</c>, <c>g.Key == "USD"</c>,
    /// <c>g.Key</c>, <c>!g.Key</c>): that currency (<c>Exact</c>), or any currency but it; with the sequence grouped.
    /// Null when the group is not such a group or no such test is around the use. Given <paramref name="through"/>, a
    /// group by the currency of that money member of its elements (<c>a =&gt; a.Amount.Currency</c>), which the currency
    /// found is of.
    /// </summary>
    private static (string Code, bool Exact, IOperation Grouped)? KeyTestedGroup(IOperation group, IOperation use, CurrencyFlow resolver, KnownTypes types, CancellationToken cancellationToken, IPropertySymbol? through = null)
    {
        var value = group.SkipConversions();
        if (value is null || GroupingOf(value) is not { } grouping
            || (CurrencyFlow.ArgumentOfOrdinal(grouping, 0) ?? grouping.Instance) is not { } grouped
            || CurrencyFlow.ArgumentNamed(grouping, "keySelector") is not { } keySelector)
        {
            return null;
        }

        if (CurrencyFlow.ArgumentNamed(grouping, "elementSelector") is not null
            || CurrencyFlow.ArgumentNamed(grouping, "comparer")?.SkipConversions() is not (null or IDefaultValueOperation or ILiteralOperation { ConstantValue: { HasValue: true, Value: null } }))
        {
            // a group of what an element selector gives (not the elements the key tells: see GroupOfSelected), or under a
            // comparer that may make two currencies one key
            return null;
        }

        bool byCurrency = resolver.GivesElementCurrency(keySelector, out bool byCode, out string? member, through);
        var byTest = byCurrency || through is not null ? null : resolver.CurrencyFilter(keySelector, cancellationToken);
        if (!byCurrency && byTest is null)
        {
            return null;
        }

        var current = use;
        for (var parent = use.Parent; parent is not null && parent is not (IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyBaseOperation); current = parent, parent = parent.Parent)
        {
            if (parent is not IConditionalOperation conditional || current == conditional.Condition)
            {
                continue;
            }

            bool holds = current == conditional.WhenTrue;
            var test = conditional.Condition.SkipConversions();
            while (test is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
            {
                holds = !holds;
                test = not.Operand.SkipConversions();
            }

            if (byTest is (string tested, bool keeps))
            {
                // the key is the test's answer: true for the tested currency (==), or for every other one (!=)
                if (test is not null && IsKeyOf(test, value, null))
                {
                    return (tested, holds != keeps, grouped);
                }

                continue;
            }

            IOperation? other = null;
            switch (test)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } equality:
                    holds ^= equality.OperatorKind == BinaryOperatorKind.NotEquals;
                    other = IsKeyOf(equality.LeftOperand, value, member) ? equality.RightOperand : IsKeyOf(equality.RightOperand, value, member) ? equality.LeftOperand : null;
                    break;
                case IInvocationOperation { TargetMethod.Name: "Equals", Instance: { } instance, Arguments.Length: 1 } equals when IsKeyOf(instance, value, member):
                    other = equals.Arguments[0].Value;
                    break;
            }

            if (other is not null && (byCode ? CurrencyFlow.ConstantCode(other) : resolver.Resolve(other, FlowMode.Exact, cancellationToken)) is { } code && !Currencies.IsNone(code))
            {
                return (code, holds, grouped);
            }
        }

        return null;
    }

    /// <summary>Whether a value is a group of a <c>GroupBy</c> given an element selector.</summary>
    private static bool GroupOfSelected(IOperation group)
    {
        return group.SkipConversions() is { } value && GroupingOf(value) is { } grouping && CurrencyFlow.ArgumentNamed(grouping, "elementSelector") is not null;
    }

    /// <summary>Whether an operation reads the <c>Key</c> of the group <paramref name="group"/> reads, or the member
    /// <paramref name="member"/> of it (<c>g.Key.Currency</c> of a key made as <c>new { m.Currency, … }</c> or a tuple).</summary>
    private static bool IsKeyOf(IOperation operation, IOperation group, string? member)
    {
        var read = operation.SkipConversions();
        if (member is not null)
        {
            read = read switch
            {
                IPropertyReferenceOperation { Property.Name: var name, Instance: { } key } when name == member => key.SkipConversions(),
                IFieldReferenceOperation { Field: var field, Instance: { } key } when (field.CorrespondingTupleField ?? field).Name == member => key.SkipConversions(),
                _ => null,
            };
        }

        return read is IPropertyReferenceOperation { Property.Name: "Key", Instance: { } instance } && instance.SkipConversions() is { } owner
            && (owner is IParameterReferenceOperation p && group is IParameterReferenceOperation q && SymbolEqualityComparer.Default.Equals(p.Parameter, q.Parameter)
                || owner is ILocalReferenceOperation l && group is ILocalReferenceOperation m && SymbolEqualityComparer.Default.Equals(l.Local, m.Local));
    }

    /// <summary>
    /// Whether a value is a group of a LINQ <c>GroupBy</c> whose key selector may tell currencies apart (a lambda's
    /// parameter given the groups, <c>GroupBy(…).Select(g =&gt; …)</c> or a query's <c>into g</c>, or the variable of a
    /// <c>foreach</c> over them).
    /// </summary>
    private static bool GroupedByCurrencyTest(IOperation group, KnownTypes types)
    {
        return GroupingOf(group) is { } grouping && CurrencyFlow.ArgumentNamed(grouping, "keySelector") is { } keySelector
            && CurrencyFlow.MayTellCurrencies(keySelector, types);
    }

    /// <summary>The <c>GroupBy</c> call whose groups a value is: a lambda's parameter given the groups
    /// (<c>GroupBy(…).Select(g =&gt; …)</c> or a query's <c>into g</c>), or the variable of a <c>foreach</c> over them.</summary>
    private static IInvocationOperation? GroupingOf(IOperation group)
    {
        IOperation? groups = null;
        switch (group)
        {
            case IParameterReferenceOperation { Parameter: { Ordinal: 0, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda } }:
                if (group.LambdaAround(lambda)?.Parent is IDelegateCreationOperation { Parent: IArgumentOperation { Parameter.Ordinal: > 0, Parent: IInvocationOperation call } })
                {
                    foreach (var argument in call.Arguments)
                    {
                        if (argument.Parameter?.Ordinal == 0)
                        {
                            groups = argument.Value;
                        }
                    }
                }

                break;
            case ILocalReferenceOperation local:
                groups = local.LoopOf()?.Collection;
                break;
        }

        return groups.SkipConversions() as IInvocationOperation is { TargetMethod.Name: "GroupBy" } grouping ? grouping : null;
    }

    /// <summary>The values two compared sides read the currencies of: one pair when each side reads one, else all of them as shown.</summary>
    private static void Compared(List<IOperation> left, List<IOperation> right, List<IOperation> shown, List<(IOperation, IOperation)> pairs)
    {
        if (left.Count == 1 && right.Count == 1)
        {
            pairs.Add((left[0], right[0]));
        }
        else
        {
            shown.AddRange(left);
            shown.AddRange(right);
        }
    }

    /// <summary>The money values whose currency a value reads: <c>m</c> of <c>m.Currency</c> or <c>m.Currency.Code</c>,
    /// <c>g</c> of a group's <c>g.Key</c> that is a currency; a currency constant reads none.</summary>
    private static List<IOperation> Tested(IOperation value, KnownTypes types)
    {
        var tested = new List<IOperation>();
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (operation is IPropertyReferenceOperation { Instance: { } instance } read && types.IsCurrency(read.Type) && !types.IsCurrency(instance.Type))
            {
                tested.Add(CurrencyGuards.PatternValue(instance));
            }
        }

        return tested;
    }

    /// <summary>Whether the guarded operation uses one of the tested values: the same local, parameter or chain of member
    /// reads (<c>order.Fee</c> is not <c>order.Budget</c>).</summary>
    private static bool Uses(IOperation guarded, List<IOperation> tested, ref List<IOperation>? used)
    {
        if (used is null)
        {
            used = new List<IOperation>();
            foreach (var operation in guarded.DescendantsAndSelf())
            {
                if (operation is ILocalReferenceOperation or IParameterReferenceOperation or IMemberReferenceOperation)
                {
                    used.Add(operation);
                }
            }
        }

        foreach (var value in tested)
        {
            foreach (var operation in used)
            {
                if (CurrencyGuards.SamePath(value, operation))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The first operand's currency (already resolved, or null) and the second's, when both are known and differ, or
    /// null; the second operand is resolved only when the first is known.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private static (string First, string Second)? Differ(string? first, CurrencyFlow resolver, IOperation second, FlowMode mode, CancellationToken cancellationToken)
    {
        if (first is null)
        {
            return null;
        }

        string? secondCode = resolver.Resolve(second, mode, cancellationToken);
        return secondCode is null || secondCode == first ? null : (first, secondCode);
    }
}
