using System;
using System.Collections.Generic;

namespace AiRace.Core.Data;

/// <summary>A policy dataset document has problems; nothing from it was loaded. <see cref="Problems"/> lists every
/// one, each with its path, line, column and reason.</summary>
public sealed class PolicyDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PolicyDataException()
        : this(Array.Empty<DataProblem>())
    {
    }

    /// <summary>Creates the exception with a message and no problems.</summary>
    /// <param name="message">The message.</param>
    public PolicyDataException(string message)
        : base(message)
    {
        Problems = DataProblemList.None;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PolicyDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = DataProblemList.None;
    }

    /// <summary>Creates the exception for a list of problems.</summary>
    /// <param name="problems">Every problem found.</param>
    public PolicyDataException(IReadOnlyList<DataProblem> problems)
        : this(problems as DataProblemList ?? new DataProblemList(problems ?? [], problems?.Count ?? 0))
    {
    }

    /// <summary>Creates the exception for a list of problems that may leave some out.</summary>
    /// <param name="problems">The problems found.</param>
    public PolicyDataException(DataProblemList problems)
        : base(Describe(problems))
    {
        Problems = problems ?? DataProblemList.None;
    }

    /// <summary>The problems found, in document order (the first <see cref="PolicyData.MaxListedProblems"/> when there
    /// are more; <see cref="DataProblemList.TotalCount"/> says how many there are).</summary>
    public DataProblemList Problems { get; }

    private static string Describe(DataProblemList? problems)
    {
        System.Globalization.CultureInfo invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (problems is null || problems.TotalCount == 0)
        {
            return "The policy dataset is invalid.";
        }

        return problems.OmittedCount == 0
            ? string.Create(invariant, $"The policy dataset has {problems.TotalCount:N0} problem{(problems.TotalCount == 1 ? string.Empty : "s")}; nothing was loaded:{Environment.NewLine}{problems}")
            : string.Create(invariant, $"The policy dataset has {problems.TotalCount:N0} problems; nothing was loaded. The first {problems.Count:N0}:{Environment.NewLine}{problems}");
    }
}
