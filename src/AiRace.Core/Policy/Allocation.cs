using System.Collections.Generic;
using AiRace.Core.Reporting;

namespace AiRace.Core.Policy;

/// <summary>A part of a programme's money earmarked for a purpose ("600 million yuan is dedicated to computing power
/// subsidies"), with whether the sources count it inside the headline amount.</summary>
/// <remarks>A cap ("up to 500 million yuan") stays a cap: see <see cref="ReportedAmount.IsCap"/>. Immutable and
/// thread-safe.</remarks>
public sealed class Allocation
{
    /// <summary>The properties of this fact in the dataset format that an inference may be about (all but its id, its
    /// citations and its inferences); the loader reads the <c>inferred</c> list against the same ones.</summary>
    internal static readonly string[] InferableFields = ["purpose", "description", "amount", "membership", "period"];

    /// <summary>Creates an allocation.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="purpose">What it is for.</param>
    /// <param name="description">What it is for, in the sources' words.</param>
    /// <param name="amount">The amount as stated.</param>
    /// <param name="membership">Whether it is counted inside the programme's headline amount.</param>
    /// <param name="period">When it runs, or null.</param>
    /// <param name="sources">At least one citation.</param>
    /// <param name="inferences">What the curators inferred where the sources are silent, each field once; null or
    /// empty when every field is the sources' word. Each is about one of its properties in the dataset format
    /// (<c>purpose</c>, <c>description</c>, <c>amount</c>, <c>membership</c>, <c>period</c>) or a path below one.</param>
    /// <exception cref="System.ArgumentException">A value is missing or malformed, there is no source, or an inference
    /// is about a field the fact does not have.</exception>
    public Allocation(string id, AllocationPurpose purpose, string description, ReportedAmount amount, PartMembership membership, Period? period, IEnumerable<SourceReference> sources, IEnumerable<Inference>? inferences = null)
    {
        Id = PolicyGuard.Id(id, new PolicyFact("part", null));
        var fact = new PolicyFact("part", Id);
        PolicyGuard.Defined(purpose, fact);
        Purpose = purpose;
        Description = PolicyGuard.Text(description, fact);
        Guard.NotNull(amount);
        Amount = amount;
        PolicyGuard.Defined(membership, fact);
        Membership = membership;
        Period = period;
        Sources = PolicyGuard.Sources(sources, fact);
        Inferences = PolicyGuard.Inferences(inferences, fact, InferableFields);
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>What it is for.</summary>
    public AllocationPurpose Purpose { get; }

    /// <summary>What it is for, in the sources' words.</summary>
    public string Description { get; }

    /// <summary>The amount as stated.</summary>
    public ReportedAmount Amount { get; }

    /// <summary>Whether it is counted inside the programme's headline amount.</summary>
    public PartMembership Membership { get; }

    /// <summary>When it runs, or null.</summary>
    public Period? Period { get; }

    /// <summary>Citations.</summary>
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>What the curators inferred where the sources are silent (empty when every field is the sources'
    /// word).</summary>
    public IReadOnlyList<Inference> Inferences { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Amount} for {Description}";
}
