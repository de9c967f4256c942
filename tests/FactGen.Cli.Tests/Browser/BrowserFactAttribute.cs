using System.IO;
using FactGen.Tests;

namespace FactGen.Cli.Tests.Browser;

/// <summary>
/// A test that drives Chromium (and, when <c>shared</c> is given, needs ../shared/{shared} too).
/// Outside CI it is skipped with the reason when either is missing; under CI=true it runs and
/// fails, so CI cannot pass by skipping (.ci/run installs chromium when it is missing).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute(string? shared = null)
    {
        if (SharedFolder.IsCi) return;
        if (!File.Exists(ChromiumPage.ExecutablePath)) Skip = $"{ChromiumPage.ExecutablePath} is missing (apt-get install -y chromium, or set FACTGEN_CHROMIUM)";
        else if (shared is not null) Skip = SharedFolder.SkipReason(shared);
    }
}
