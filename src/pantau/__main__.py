from pantau.cli.main import main

raise SystemExit(main())
