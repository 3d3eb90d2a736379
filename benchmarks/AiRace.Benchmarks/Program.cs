using System.Globalization;
using AiRace.Benchmarks.Scale;
using BenchmarkDotNet.Running;

namespace AiRace.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/AiRace.Benchmarks -- --filter '*'</c>;
/// the pipeline at scale: <c>... -- scale [sizes...] [--runs N] [--load-max N]</c>.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "scale")
        {
            return ScalePipeline.Run(args[1..]);
        }

        if (args.Length == 5 && args[0] == "scale-one")
        {
            return ScalePipeline.RunOne(
                int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
        }

        if (args.Length >= 3 && args[0] == "scale-stage")
        {
            return StageProfile.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5);
        }

        if (args.Length >= 2 && args[0] == "scale-load")
        {
            return LoadProfile.Run(
                int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3, args.Length <= 3 || args[3] != "minified", args.Length > 4 && args[4] == "parse");
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
