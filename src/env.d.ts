interface ImportMetaEnv {
  /**
   * The site's GitHub repository (https://github.com/owner/repo), set by the build (the deploy
   * workflow passes its own); "Report an error" links open a new issue there, and without it no
   * such link is shown.
   */
  readonly PUBLIC_REPOSITORY_URL?: string;
}
