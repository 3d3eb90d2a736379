using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Tuples made of a collection's elements: <c>xs.Select((m, i) =&gt; (m, i)).ToDictionary(p =&gt; p.i, p =&gt; p.m)</c>.
/// The tuple parameter of a LINQ lambda that stands for an element of its source (a selector, key or element selector,
/// or predicate) has, in each of its elements, the currency that element has in every tuple of the source: the tuples
/// a <c>Select</c> lambda returns, through LINQ that keeps elements (<c>Where</c>, <c>OrderBy</c>, <c>ToList</c>…), the
/// tuples <c>Zip</c> makes of two or three sources, or the tuples a collection holds (what was written into it, element by
/// element of the tuples). Not followed when the lambda writes anything (it might write its parameter).
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>The currency of element <paramref name="index"/> of a LINQ lambda's tuple parameter, or null.</summary>
    private string? TupleParameterElement(IParameterReferenceOperation reference, int index, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (!reference.Parameter.Type.IsTupleType)
        {
            return null;
        }

        if (ElementSourceOf(reference) is { } source)
        {
            return TupleElementOfElements(source, index, depth + 1, mode, cancellationToken);
        }

        // first.UnionBy(second, t => …): the key runs on the elements of both sequences, known where they agree
        return UnitedSources(reference) is { } united && TupleElementOfElements(united.First, index, depth + 1, mode, cancellationToken) is { } code
            && code == TupleElementOfElements(united.Second, index, depth + 1, mode, cancellationToken)
                ? code
                : null;
    }

    /// <summary>The two sequences whose elements the parameter of <c>UnionBy</c>'s key stands for, when the key writes
    /// nothing; else null.</summary>
    private static (IOperation First, IOperation Second)? UnitedSources(IParameterReferenceOperation reference)
    {
        var parameter = reference.Parameter;
        if (parameter.Ordinal != 0 || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda
            || reference.LambdaAround(lambda) is not { Parent: IDelegateCreationOperation { Parent: IArgumentOperation { Parameter.Name: "keySelector" } argument } } found
            || argument.Parent is not IInvocationOperation { TargetMethod.Name: "UnionBy", Arguments.Length: 3 } invocation
            || !CallSource.IsLinq(invocation.TargetMethod.ContainingType) || WritesAnything(found)
            || ArgumentOfOrdinal(invocation, 0) is not { } first || ArgumentOfOrdinal(invocation, 1) is not { } second
            || !IsElementOf(parameter.Type, first.SkipConversions()?.Type) || !IsElementOf(parameter.Type, second.SkipConversions()?.Type))
        {
            return null;
        }

        return (first, second);
    }

    /// <summary>
    /// The sequence whose elements a LINQ lambda's parameter stands for, when the lambda writes nothing: the source of a
    /// selector, key or element selector or predicate; for a join's key and result selectors (<c>(cn, eu) =&gt; …</c>), the
    /// outer source for the first parameter and the inner source for the second. Null for any other parameter.
    /// </summary>
    private IOperation? ElementSourceOf(IParameterReferenceOperation reference)
    {
        var parameter = reference.Parameter;
        if (parameter.Ordinal > 1 || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda)
        {
            return null;
        }

        if (reference.LambdaAround(lambda) is not { Parent: IDelegateCreationOperation { Parent: IArgumentOperation argument } } found
            || argument.Parent is not IInvocationOperation { Arguments.Length: > 1 } invocation
            || argument.Parameter is not { Ordinal: > 0 } given || !SourceOf(invocation.TargetMethod).BindsElements
            || WritesAnything(found))
        {
            return null;
        }

        // by the parameter, not the position: named arguments may come in any order
        var source = given.Name switch
        {
            // (UnionBy's key runs on the elements of two sequences: no one sequence)
            "selector" or "keySelector" or "elementSelector" or "predicate" when parameter.Ordinal == 0 && invocation.TargetMethod.Name != "UnionBy" => ArgumentOfOrdinal(invocation, 0),
            // xs.AggregateBy(key, seed, (total, x) => …), xs.Aggregate(seed, (total, x) => …): the second parameter an element
            "func" when parameter.Ordinal == 1 && invocation.TargetMethod.Name is "Aggregate" or "AggregateBy" => ArgumentOfOrdinal(invocation, 0),
            "outerKeySelector" when parameter.Ordinal == 0 && invocation.TargetMethod.Name == "Join" => ArgumentOfOrdinal(invocation, 0),
            "innerKeySelector" when parameter.Ordinal == 0 && invocation.TargetMethod.Name == "Join" => ArgumentNamed(invocation, "inner"),
            "resultSelector" when invocation.TargetMethod.Name == "Join" => parameter.Ordinal == 0 ? ArgumentOfOrdinal(invocation, 0) : ArgumentNamed(invocation, "inner"),
            // from cn in china from eu in europe: SelectMany(china, cn => europe, (cn, eu) => …), the second parameter an
            // element of what the collection selector returns
            "resultSelector" when invocation.TargetMethod.Name == "SelectMany" && invocation.Arguments.Length == 3 =>
                parameter.Ordinal == 0 ? ArgumentOfOrdinal(invocation, 0) : SelectedCollection(ArgumentNamed(invocation, "collectionSelector")),
            _ => null,
        };

        return source is not null && IsElementOf(parameter.Type, source.SkipConversions()?.Type) ? source : null;
    }

    /// <summary>The collection a collection selector returns (<c>cn =&gt; europe</c>) when it has one return and writes nothing; else null.</summary>
    private static IOperation? SelectedCollection(IOperation? selector) =>
        selector is not null && SelectorLambda(selector) is { } lambda && lambda.OnlyReturned() is { } returned && !WritesAnything(lambda)
            ? returned.SkipConversions()
            : null;

    /// <summary>
    /// The sequence whose elements a range variable a query carries in an anonymous object stands for: <c>x.cn</c> in
    /// the clauses after <c>from cn in china join eu in europe …</c>, read from the anonymous objects the <c>Join</c>'s,
    /// <c>SelectMany</c>'s or a <c>Select</c>'s selector makes (<c>(cn, eu) =&gt; new { cn, eu }</c>) of its own
    /// parameters, through LINQ that keeps elements; null for any other value.
    /// </summary>
    private IOperation? CarriedSource(IParameterReferenceOperation carrier, IPropertySymbol member, int depth) =>
        CarriedSourceIn(ElementSourceOf(carrier), member, depth);

    /// <summary>
    /// The sequence whose elements a member of the anonymous objects of <paramref name="objects"/> stands for: the
    /// parameter the <c>Join</c>'s, <c>SelectMany</c>'s or a <c>Select</c>'s selector that made them gives the member,
    /// through LINQ that keeps elements; null for any other value.
    /// </summary>
    private IOperation? CarriedSourceIn(IOperation? objects, IPropertySymbol member, int depth)
    {
        var source = objects.SkipConversions();
        while (depth++ <= MaxDepth && source is IInvocationOperation { Arguments.IsEmpty: false } invocation && CallSource.IsLinq(invocation.TargetMethod.ContainingType))
        {
            var method = invocation.TargetMethod;
            if (SourceOf(method).Sequence == SequenceKind.PassThrough && method.Name != "DefaultIfEmpty")
            {
                if (FiltersByCurrency(invocation))
                {
                    return null;
                }

                source = ArgumentOfOrdinal(invocation, 0).SkipConversions();
                continue;
            }

            var selector = method.Name switch
            {
                "Select" when invocation.Arguments.Length == 2 => ArgumentOfOrdinal(invocation, 1),
                "Join" or "SelectMany" => ArgumentNamed(invocation, "resultSelector"),
                _ => null,
            };
            if (selector is null || SelectorLambda(selector)?.OnlyReturned().SkipConversions() is not IAnonymousObjectCreationOperation created || GivenTo(created, member)?.SkipConversions() is not { } given)
            {
                return null;
            }

            return given switch
            {
                IParameterReferenceOperation element => ElementSourceOf(element),
                IPropertyReferenceOperation { Property: { ContainingType.IsAnonymousType: true } carried, Instance: IParameterReferenceOperation outer } =>
                    CarriedSource(outer, carried, depth),
                _ => null,
            };
        }

        return null;
    }

    /// <summary>The value an anonymous object is given for a member (<c>cn</c> of <c>new { cn, eu }</c>), or null.</summary>
    private static IOperation? GivenTo(IAnonymousObjectCreationOperation created, IPropertySymbol member)
    {
        foreach (var initializer in created.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment
                && SymbolEqualityComparer.Default.Equals(property, member))
            {
                return assignment.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>x.half</c>, a member of an anonymous object a LINQ lambda's parameter stands for: a query's <c>let</c>
    /// (<c>from cn in caps let half = cn.Cap / 2m where half &gt; …</c> reads <c>half</c> of the object
    /// <c>Select(cn =&gt; new { cn, half = cn.Cap / 2m })</c> makes) or a <c>select new { … }</c> read by the LINQ after it.
    /// The currency every such object of the sequence is given for that member; null otherwise.
    /// </summary>
    private string? AnonymousMemberOfElement(IParameterReferenceOperation reference, IPropertySymbol member, int depth, FlowMode mode, CancellationToken cancellationToken) =>
        ElementSourceOf(reference) is { } source ? AnonymousMemberOfElements(source, member, depth + 1, mode, cancellationToken) : null;

    private string? AnonymousMemberOfElements(IOperation? collection, IPropertySymbol member, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth || collection.SkipConversions() is not IInvocationOperation { Arguments.IsEmpty: false } invocation
            || !CallSource.IsLinq(invocation.TargetMethod.ContainingType))
        {
            return null;
        }

        switch (SourceOf(invocation.TargetMethod).Sequence)
        {
            case SequenceKind.PassThrough when invocation.TargetMethod.Name != "DefaultIfEmpty":
                return FiltersByCurrency(invocation) ? null : AnonymousMemberOfElements(ArgumentOfOrdinal(invocation, 0), member, depth + 1, mode, cancellationToken);
            case SequenceKind.Select when invocation.Arguments.Length == 2 && ArgumentOfOrdinal(invocation, 1) is { } selected && SelectorLambda(selected) is { } selector:
                string? code = Currencies.None;
                foreach (var operation in selector.Body.Descendants())
                {
                    if (operation is IReturnOperation { Kind: OperationKind.Return } returned && EnclosingFunction(returned) == selector)
                    {
                        code = returned.ReturnedValue.SkipConversions() is IAnonymousObjectCreationOperation created && GivenTo(created, member) is { } given
                            ? Currencies.Join(code, Value(given, depth + 1, mode, cancellationToken))
                            : null;
                        if (code is null)
                        {
                            return null;
                        }
                    }
                }

                return Currencies.Known(code);
            default:
                return null;
        }
    }

    /// <summary>
    /// The currency element <paramref name="index"/> of every tuple of a sequence has: those a <c>Select</c> lambda
    /// returns, through LINQ that keeps elements, <c>Zip</c>'s tuples, the tuples a collection holds; null for any other sequence.
    /// </summary>
    private string? TupleElementOfElements(IOperation? collection, int index, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (IsDictionary(collection.SkipConversions()?.Type))
        {
            // a dictionary is a sequence of key and value pairs, not of its value tuples
            return null;
        }

        if (collection.SkipConversions() is not IInvocationOperation { Arguments.IsEmpty: false } invocation || !CallSource.IsLinq(invocation.TargetMethod.ContainingType))
        {
            // tuples a collection holds (a field, a local, a method's result): what was written into it
            return Currencies.Known(TupleElementsOf(collection, index, depth + 1, cancellationToken).Code);
        }

        if (!InParameterOrder(invocation))
        {
            return null;
        }

        var arguments = invocation.Arguments;
        switch (SourceOf(invocation.TargetMethod).Sequence)
        {
            case SequenceKind.PassThrough when invocation.TargetMethod.Name != "DefaultIfEmpty":
                return FiltersByCurrency(invocation) ? null : TupleElementOfElements(arguments[0].Value, index, depth + 1, mode, cancellationToken);
            case SequenceKind.Select when arguments.Length == 2 && SelectorLambda(arguments[1].Value) is { } selector:
                string? code = Currencies.None;
                foreach (var operation in selector.Body.Descendants())
                {
                    if (operation is IReturnOperation { Kind: OperationKind.Return } returned && EnclosingFunction(returned) == selector)
                    {
                        code = returned.ReturnedValue is null ? null : Currencies.Join(code, ElementOfTuple(returned.ReturnedValue, index, depth + 1, mode, cancellationToken));
                        if (code is null)
                        {
                            return null;
                        }
                    }
                }

                return Currencies.Known(code);
            case SequenceKind.None when invocation.TargetMethod.Name == "Zip" && CallSource.IsLinq(invocation.TargetMethod.ContainingType)
                && ArgumentNamed(invocation, "resultSelector") is null:
                // first.Zip(second[, third]): each tuple holds an element of each source, in order
                return ArgumentNamed(invocation, index switch { 0 => "first", 1 => "second", 2 => "third", _ => "" }) is { } zipped
                    ? Currencies.Known(ElementsOf(zipped, depth + 1, cancellationToken).Code)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>The lambda an argument passes (through conversions and a delegate creation), or null.</summary>
    private static IAnonymousFunctionOperation? SelectorLambda(IOperation argument)
    {
        var value = argument.SkipConversions();
        return (value is IDelegateCreationOperation creation ? creation.Target : value) as IAnonymousFunctionOperation;
    }

    /// <summary>
    /// Whether a lambda's body writes anything: an assignment, an increment, a <c>ref</c> or <c>out</c> argument, a <c>ref</c>
    /// local, an address taken. The members an object or anonymous object being created is given (<c>new { cn, half = … }</c>,
    /// what a query's <c>let</c> makes) are not writes.
    /// </summary>
    private static bool WritesAnything(IAnonymousFunctionOperation lambda)
    {
        foreach (var operation in lambda.Body.Descendants())
        {
            if (operation is IAssignmentOperation { Parent: IAnonymousObjectCreationOperation or IObjectOrCollectionInitializerOperation })
            {
                continue;
            }

            if (operation is IAssignmentOperation or IIncrementOrDecrementOperation or IAddressOfOperation
                or IArgumentOperation { Parameter.RefKind: not RefKind.None } or IVariableDeclaratorOperation { Symbol.IsRef: true })
            {
                return true;
            }
        }

        return false;
    }
}
