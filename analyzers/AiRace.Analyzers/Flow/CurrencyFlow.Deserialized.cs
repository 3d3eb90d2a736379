using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// The types whose instances a deserializer or a configuration binder fills (issue 12): their instance fields, properties
/// and constructor parameters get values no code of the compilation writes, so "every write states one currency" does
/// not hold for them. Found once per compilation from the calls of the serializers' and binders' methods by name
/// (<c>JsonSerializer.Deserialize&lt;T&gt;</c>, <c>JsonConvert.DeserializeObject</c>, <c>ReadFromJsonAsync</c>,
/// <c>PopulateObject</c>, <c>Bind</c>, …): a type argument, a <c>typeof</c> argument, an argument's type and the type the
/// result is cast to; then every type those hold in their members, elements and base types. A type parameter there
/// stands for the type arguments of the calls of its method; a type parameter of a type, or one of such a call, for
/// any type.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private static readonly string[] FillingMethods =
    [
        "Deserialize", "DeserializeAsync", "DeserializeAsyncEnumerable", "DeserializeObject", "PopulateObject",
        "ReadFromJsonAsync", "GetFromJsonAsync", "ReadFromJsonAsAsyncEnumerable", "GetFromJsonAsAsyncEnumerable",
        "ReadAsAsync", "Bind",
    ];

    private readonly object _filledLock = new();
    private FilledTypes? _filled;

    /// <summary>Whether instances of the type (or of a type derived from it) may be filled by a deserializer or a binder.</summary>
    private bool MayBeFilled(INamedTypeSymbol? type, CancellationToken cancellationToken)
    {
        if (type is null)
        {
            return false;
        }

        var filled = Volatile.Read(ref _filled);
        if (filled is null)
        {
            lock (_filledLock)
            {
                filled = _filled;
                if (filled is null)
                {
                    filled = FindFilled(cancellationToken);
                    Volatile.Write(ref _filled, filled);
                }
            }
        }

        return filled.Any || filled.Types.Contains(type.OriginalDefinition);
    }

    /// <summary>Whether a field, or a property that holds a value (not a computed one), is an instance member of a type a
    /// deserializer or binder may fill.</summary>
    private bool MayBeFilledMember(ISymbol member, CancellationToken cancellationToken) =>
        !member.IsStatic && (member is IFieldSymbol || member is IPropertySymbol property && IsStored(property, cancellationToken))
        && MayBeFilled(member.ContainingType, cancellationToken);

    private FilledTypes FindFilled(CancellationToken cancellationToken)
    {
        var filled = new FilledTypes();
        var pending = new List<ITypeParameterSymbol>();
        foreach (var name in FillingMethods)
        {
            foreach (var token in _search.Identifiers(name, _search.EveryTree, cancellationToken))
            {
                if (CallNamed(token) is not { } call
                    || _search.ModelOf(call.SyntaxTree).GetOperation(call, cancellationToken) is not IInvocationOperation invocation)
                {
                    // a method group: lines.Select(JsonConvert.DeserializeObject<Fund>)
                    if (token.Parent is SimpleNameSyntax named
                        && _search.ModelOf(named.SyntaxTree).GetOperation(named.Parent is MemberAccessExpressionSyntax access && access.Name == named ? access : named, cancellationToken)
                            is IMethodReferenceOperation group)
                    {
                        foreach (var argument in group.Method.TypeArguments)
                        {
                            Add(argument, filled, pending);
                        }
                    }

                    continue;
                }

                foreach (var argument in invocation.TargetMethod.TypeArguments)
                {
                    Add(argument, filled, pending);
                }

                foreach (var argument in invocation.Arguments)
                {
                    var type = argument.Value is ITypeOfOperation typeOf ? typeOf.TypeOperand : argument.Value.SkipConversions()?.Type;
                    if (argument.Value is not ITypeOfOperation && type is { Name: "Type", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
                    {
                        // Deserialize(json, type): a type chosen at run time
                        filled.Any = true;
                    }

                    Add(type, filled, pending);
                }

                // (Fund)serializer.Deserialize(reader), … as Fund
                for (IOperation? outer = invocation.Parent; outer is IConversionOperation or IAwaitOperation; outer = outer.Parent)
                {
                    Add(outer.Type, filled, pending);
                }
            }
        }

        // a generic helper around the call (T Load<T>(string path) => JsonSerializer.Deserialize<T>(…)): its calls' type
        // arguments, one level deep
        foreach (var parameter in pending)
        {
            // a call may reach the helper through an interface or a base method, or bind to a partial method's other part
            if (filled.Any || parameter.DeclaringMethod is not { } method || !_search.IsOwn(method) || method.IsVirtual || method.IsAbstract
                || method.IsOverride || !method.ExplicitInterfaceImplementations.IsEmpty || method.PartialDefinitionPart is not null
                || method.PartialImplementationPart is not null || ImplementsInterfaceMethod(method))
            {
                filled.Any = true;
                break;
            }

            foreach (var token in _search.Identifiers(method.Name, _search.EveryTree, cancellationToken))
            {
                if (CallNamed(token) is { } call
                    && _search.ModelOf(call.SyntaxTree).GetOperation(call, cancellationToken) is IInvocationOperation invocation
                    && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, method.OriginalDefinition))
                {
                    var given = invocation.TargetMethod.TypeArguments[parameter.Ordinal];
                    if (given is ITypeParameterSymbol)
                    {
                        filled.Any = true;
                        break;
                    }

                    Add(given, filled, null);
                }
            }
        }

        return filled;
    }

    /// <summary>Whether an interface of the method's type has a method of its name (that the method may implement).</summary>
    private static bool ImplementsInterfaceMethod(IMethodSymbol method)
    {
        foreach (var contract in method.ContainingType?.AllInterfaces ?? ImmutableArray<INamedTypeSymbol>.Empty)
        {
            if (!contract.GetMembers(method.Name).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The call whose method the token names (<c>Deserialize&lt;T&gt;(…)</c>, <c>x.Deserialize(…)</c>), or null.</summary>
    private static InvocationExpressionSyntax? CallNamed(SyntaxToken token)
    {
        SyntaxNode? name = token.Parent;
        if (name is not SimpleNameSyntax)
        {
            return null;
        }

        if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name || name.Parent is MemberBindingExpressionSyntax binding && binding.Name == name)
        {
            name = name.Parent;
        }

        return name.Parent is InvocationExpressionSyntax invocation && invocation.Expression == name ? invocation : null;
    }

    /// <summary>Adds a type, with every type its members, elements, type arguments and base types hold.</summary>
    private void Add(ITypeSymbol? type, FilledTypes filled, List<ITypeParameterSymbol>? pending)
    {
        var stack = new Stack<ITypeSymbol>();
        if (type is not null)
        {
            stack.Push(type);
        }

        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case IArrayTypeSymbol array:
                    stack.Push(array.ElementType);
                    break;
                case ITypeParameterSymbol parameter:
                    if (pending is null || parameter.DeclaringMethod is null)
                    {
                        filled.Any = true;
                    }
                    else if (!pending.Contains(parameter))
                    {
                        pending.Add(parameter);
                    }

                    break;
                case INamedTypeSymbol named:
                    foreach (var argument in named.TypeArguments)
                    {
                        stack.Push(argument);
                    }

                    if (!_search.IsOwn(named.OriginalDefinition) || !filled.Types.Add(named.OriginalDefinition))
                    {
                        break;
                    }

                    if (named.BaseType is { } baseType)
                    {
                        stack.Push(baseType);
                    }

                    foreach (var member in named.GetMembers())
                    {
                        if (member.IsStatic)
                        {
                            continue;
                        }

                        if (member is IFieldSymbol field)
                        {
                            stack.Push(field.Type);
                        }
                        else if (member is IPropertySymbol property)
                        {
                            stack.Push(property.Type);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The types a deserializer or binder may fill; <see cref="Any"/> when that cannot be bounded.</summary>
    private sealed class FilledTypes
    {
        public HashSet<INamedTypeSymbol> Types { get; } = new(SymbolEqualityComparer.Default);

        public bool Any { get; set; }
    }
}
