using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coinwire.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoriesUpdatedAtIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_stories_UpdatedAt",
                table: "stories",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_stories_UpdatedAt",
                table: "stories");
        }
    }
}
