from kabar_cli.cli import main

main()
