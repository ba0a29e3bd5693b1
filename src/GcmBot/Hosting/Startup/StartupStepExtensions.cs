using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GcmBot.Hosting.Startup;

public static class StartupStepExtensions
{
    /// <summary>
    /// Adds work that must be done before the app is ready, run on a thread of its own while the host starts (see
    /// <see cref="StartupSteps"/>). The step is registered as a singleton, and its readiness check (when it has a
    /// <see cref="StartupStep.Describe"/>) is added to /readyz under the step's name.
    /// </summary>
    public static IServiceCollection AddStartupStep(this IServiceCollection services, StartupStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        services.AddSingleton(step);
        if (step.Describe is not null)
        {
            services.AddHealthChecks().Add(new HealthCheckRegistration(
                step.Name, sp => new StartupStepHealthCheck(step, sp), failureStatus: null, tags: [HealthExtensions.ReadyTag]));
        }

        services.TryAddSingleton<StartupSteps>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StartupSteps>(sp => sp.GetRequiredService<StartupSteps>()));
        return services;
    }

    /// <summary>
    /// Begins the start-up steps now, before the host starts (when it starts, it waits for them). Called right after
    /// the app is built, so that the corpus loads while the hosted services are created and Kestrel starts.
    /// </summary>
    public static void BeginStartupSteps(this IServiceProvider services) => _ = services.GetService<StartupSteps>()?.Begin();
}
