using Alta.Analysis.Training;

namespace Alta.Analysis.Tests.Training;

/// <summary>The vectorised, two-core products against the three-loop definition, below and above the size where they go parallel.</summary>
public class MatrixProductsTests
{
    [Theory]
    [InlineData(3, 4, 5)]
    [InlineData(67, 129, 45)]
    public void ProductsMatchTheDefinition(int n, int k, int m)
    {
        var random = new Random(n * 1000 + k);
        var a = Random(n, k, random);
        var b = Random(k, m, random);
        var c = new Matrix(n, m);
        MatrixProducts.Multiply(a, b, c);
        AssertEqual(Naive(a, b), c);

        var aT = Transpose(a);
        var fromLeft = new Matrix(n, m);
        MatrixProducts.MultiplyTransposedLeft(aT, b, fromLeft);
        AssertEqual(Naive(a, b), fromLeft);

        var bT = Transpose(b);
        var fromRight = new Matrix(n, m);
        MatrixProducts.MultiplyTransposedRight(a, bT, fromRight);
        AssertEqual(Naive(a, b), fromRight);
    }

    [Fact]
    public void ShapesThatDoNotFitAreRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => MatrixProducts.Multiply(new Matrix(2, 3), new Matrix(4, 2), new Matrix(2, 2)));
        Assert.Contains("A is 2 x 3, B is 4 x 2", error.Message);
    }

    static Matrix Random(int rows, int columns, Random random)
    {
        var matrix = new Matrix(rows, columns);
        for (int i = 0; i < matrix.Data.Length; i++)
            matrix.Data[i] = random.Next(4) == 0 ? 0f : (float)(random.NextDouble() * 2 - 1);
        return matrix;
    }

    static Matrix Transpose(Matrix matrix)
    {
        var result = new Matrix(matrix.Columns, matrix.Rows);
        for (int i = 0; i < matrix.Rows; i++)
            for (int j = 0; j < matrix.Columns; j++)
                result[j, i] = matrix[i, j];
        return result;
    }

    static Matrix Naive(Matrix a, Matrix b)
    {
        var result = new Matrix(a.Rows, b.Columns);
        for (int i = 0; i < a.Rows; i++)
            for (int j = 0; j < b.Columns; j++)
            {
                double sum = 0;
                for (int k = 0; k < a.Columns; k++)
                    sum += (double)a[i, k] * b[k, j];
                result[i, j] = (float)sum;
            }
        return result;
    }

    static void AssertEqual(Matrix expected, Matrix actual)
    {
        for (int i = 0; i < expected.Data.Length; i++)
            Assert.True(Math.Abs(expected.Data[i] - actual.Data[i]) <= 1e-4f, $"entry {i}: {expected.Data[i]} vs {actual.Data[i]}");
    }
}
