using System;

namespace AiRace.Core.Policy;

/// <summary>A policy type's rule broken by one item of a list argument (the second status of a history, the third
/// part of a programme): an <see cref="ArgumentException"/> that also says which item, and which of its members, is at
/// fault, so that a loader can point at it.</summary>
internal sealed class PolicyArgumentException : ArgumentException
{
    public PolicyArgumentException(string message, string paramName, int index, string? member = null)
        : base(message, paramName)
    {
        Reason = message;
        Index = index;
        Member = member;
    }

    /// <summary>The message without the parameter name .NET appends.</summary>
    public string Reason { get; }

    /// <summary>The position of the item at fault in the list argument.</summary>
    public int Index { get; }

    /// <summary>The item's member at fault (camelCase, such as <c>amount</c>), or null for the item as a whole.</summary>
    public string? Member { get; }
}
