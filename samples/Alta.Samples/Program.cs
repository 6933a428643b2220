System.Console.WriteLine("Alta samples: not built yet.");
