namespace GcmBot.Core.Tests.Answers.Gate;

/// <summary>
/// Logistic regression by Newton's method, with an L2 penalty on the weights (not the intercept):
/// the tool that fits <c>GateModel</c>'s constants. Returns the intercept first, then one weight per feature.
/// </summary>
internal static class LogisticFit
{
    private const int MaxSteps = 100;

    public static double[] Fit(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double penalty)
    {
        var d = x[0].Length + 1;
        var w = new double[d];
        for (var step = 0; step < MaxSteps; step++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            for (var n = 0; n < x.Count; n++)
            {
                double[] row = [1, .. x[n]];
                var p = Probability(w, x[n]);
                for (var i = 0; i < d; i++)
                {
                    gradient[i] += (p - (y[n] ? 1 : 0)) * row[i];
                    for (var j = 0; j < d; j++)
                    {
                        hessian[i, j] += p * (1 - p) * row[i] * row[j];
                    }
                }
            }

            for (var i = 1; i < d; i++)
            {
                gradient[i] += penalty * w[i];
                hessian[i, i] += penalty;
            }

            var delta = Solve(hessian, gradient);
            for (var i = 0; i < d; i++)
            {
                w[i] -= delta[i];
            }

            if (delta.Max(Math.Abs) < 1e-10)
            {
                break;
            }
        }

        return w;
    }

    public static double Probability(double[] w, double[] x) => 1 / (1 + Math.Exp(-(w[0] + x.Select((v, i) => v * w[i + 1]).Sum())));

    // Gauss-Jordan elimination with partial pivoting; the penalised Hessian is positive definite.
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = new double[n, n + 1];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                m[i, j] = a[i, j];
            }

            m[i, n] = b[i];
        }

        for (var c = 0; c < n; c++)
        {
            var pivot = Enumerable.Range(c, n - c).MaxBy(r => Math.Abs(m[r, c]));
            for (var k = 0; k <= n; k++)
            {
                (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
            }

            for (var r = 0; r < n; r++)
            {
                if (r == c)
                {
                    continue;
                }

                var f = m[r, c] / m[c, c];
                for (var k = c; k <= n; k++)
                {
                    m[r, k] -= f * m[c, k];
                }
            }
        }

        return [.. Enumerable.Range(0, n).Select(i => m[i, n] / m[i, i])];
    }
}
